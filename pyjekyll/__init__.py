"""pyjekyll: Jekyll 4.3, reimplemented in Python."""

__version__ = "0.1.0"
#: The Jekyll version pyjekyll reproduces; templates see it as `jekyll.version`.
JEKYLL_VERSION = "4.3.1"
