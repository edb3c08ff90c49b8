"""`pyjekyll clean`: remove the destination, the metadata file and the caches."""
from __future__ import annotations

import os
import shutil

from pyjekyll.configuration import build_configuration
from pyjekyll.log import logger


def clean(overrides: dict) -> None:
    config = build_configuration(overrides)
    source = config["source"]
    targets = [
        (config["destination"], "Cleaner:", "Removing {}..."),
        (os.path.join(source, ".jekyll-metadata"), "Cleaner:", "Removing {}..."),
        (os.path.join(source, str(config.get("cache_dir") or ".jekyll-cache")), "Cleaner:", "Removing {}..."),
        (os.path.join(source, ".sass-cache"), "Cleaner:", "Removing {}..."),
    ]
    for path, topic, template in targets:
        if os.path.lexists(path):
            if os.path.abspath(path) == os.path.abspath(source):
                logger.warn("Cleaner:", f"Refusing to remove the source directory {path}")
                continue
            logger.info(topic, template.format(path))
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)
        else:
            logger.info(topic, f"Nothing to do for {os.path.relpath(path, source) if path.startswith(source) else path}.")
