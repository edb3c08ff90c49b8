"""`pyjekyll doctor`: report problems Jekyll's doctor reports, without building."""
from __future__ import annotations

import os

from pyjekyll.commands.build import load_site
from pyjekyll.log import logger


def doctor(overrides: dict) -> bool:
    site = load_site(overrides)
    site.reset()
    site.read()
    ok = True
    seen: dict[str, list[str]] = {}
    for item in site.each_site_file():
        seen.setdefault(item.destination(site.dest), []).append(item.path)
    for dest, paths in seen.items():
        if len(paths) > 1:
            ok = False
            logger.warn("Conflict:", "The following destination is shared by multiple files.")
            logger.warn("", "The written file may end up with unexpected contents.")
            logger.warn("", dest)
            for p in paths:
                logger.warn("", f" - {p}")
    lowered: dict[str, list[str]] = {}
    for dest in seen:
        lowered.setdefault(dest.lower(), []).append(dest)
    for group in lowered.values():
        if len(group) > 1:
            ok = False
            logger.warn("Warning:", "The following files would conflict on a case-insensitive file system:")
            for d in group:
                logger.warn("", f" - {d}")
    url = str(site.config.get("url") or "")
    if url and not url.startswith(("http://", "https://", "//")):
        ok = False
        logger.warn("Warning:", f"The 'url' setting '{url}' is not an absolute URL.")
    if site.config.get("permalink") and str(site.config["permalink"]).startswith("/") is False \
            and str(site.config["permalink"]) not in ("date", "pretty", "ordinal", "weekdate", "none"):
        ok = False
        logger.warn("Warning:", "The permalink setting should start with a slash.")
    if ok:
        logger.info("", "Your test results are in. Everything looks fine.")
    return ok
