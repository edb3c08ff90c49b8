"""Where pyjekyll's Liquid environment departs from python-liquid to behave as Ruby Liquid 5.4.

Everything is registered on the one environment (replacement tags, the template lexer)
rather than patched into python-liquid globally.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pyjekyll.liquid.assign_tag import RubyAssignTag
from pyjekyll.liquid.case_tag import RubyCaseTag
from pyjekyll.liquid.conditional_tags import RubyIfTag, RubyUnlessTag
from pyjekyll.liquid.for_tag import RubyForTag
from pyjekyll.liquid.kept_whitespace_tags import RubyCaptureTag, RubyTablerowTag
from pyjekyll.liquid.render_tag import UnavailableRenderTag

if TYPE_CHECKING:
    from liquid import Environment


def install_dialect(env: Environment) -> None:
    for tag in (RubyAssignTag, RubyCaptureTag, RubyCaseTag, RubyForTag, RubyIfTag, RubyTablerowTag,
                RubyUnlessTag, UnavailableRenderTag):
        env.add_tag(tag)
