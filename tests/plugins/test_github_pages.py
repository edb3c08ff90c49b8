"""The `--github-pages` profile: GitHub's defaults under `_config.yml`, its overrides over it."""
from __future__ import annotations

import copy

from pyjekyll.configuration import DEFAULTS
from pyjekyll.plugins.github_pages import DEFAULT_PLUGINS, PLUGIN_WHITELIST, apply_github_pages


def _site_config(**values: object) -> dict:
    config = copy.deepcopy(DEFAULTS)
    config.update(values)
    return config


def test_forced_values_win_over_the_site() -> None:
    config = apply_github_pages(_site_config(safe=False, lsi=True, highlighter="pygments",
                                             kramdown={"math_engine": "katex", "input": "kramdown"}), {})
    assert config["safe"] is True and config["lsi"] is False and config["highlighter"] == "rouge"
    assert config["kramdown"]["math_engine"] == "mathjax"
    assert config["kramdown"]["syntax_highlighter"] == "rouge"
    assert config["kramdown"]["input"] == "kramdown"  # a default, so the site's value stays
    assert config["gist"] == {"noscript": False}
    assert config["whitelist"] == list(PLUGIN_WHITELIST)
    assert config["plugins_dir"] != "_plugins"


def test_defaults_fill_what_the_site_leaves_alone() -> None:
    config = apply_github_pages(_site_config(plugins=["jekyll-feed"]), {})
    assert config["future"] is True
    assert config["kramdown"]["gfm_quirks"] == "paragraph_end"
    assert config["exclude"] == ["CNAME"]
    assert config["plugins"] == ["jekyll-feed", *DEFAULT_PLUGINS]


def test_site_choices_among_defaults_are_kept() -> None:
    config = apply_github_pages(_site_config(exclude=["drafts"], markdown="GFM"), {})
    assert config["exclude"] == ["drafts"]
    assert config["markdown"] == "kramdown"
