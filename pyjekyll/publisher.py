"""Whether a page or document is written: `published`, future dates, `--unpublished`."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyjekyll.site import Site


class Publisher:
    def __init__(self, site: Site) -> None:
        self.site = site

    def publish(self, thing: Any) -> bool:
        return self.can_be_published(thing) and not self.hidden_in_the_future(thing)

    def can_be_published(self, thing: Any) -> bool:
        # Like Ruby's Hash#fetch: front matter defaults are not consulted here.
        value = thing.data.get("published", True)
        return (value is not None and value is not False) or bool(self.site.unpublished)

    def hidden_in_the_future(self, thing: Any) -> bool:
        if not hasattr(thing, "date") or self.site.future:
            return False
        return int(thing.date.timestamp()) > int(self.site.time.timestamp())
