"""Drops: the objects Liquid templates see as `site`, `page`, `layout`, `jekyll` ….

A drop is a read-only mapping whose values are computed on first access and then kept,
so a template that never touches `site.posts` never pays for it.
"""
from pyjekyll.liquid.drops.base import Drop

__all__ = ["Drop"]
