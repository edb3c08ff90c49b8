"""A generator that adds a page, and a converter for .upper files."""
from pyjekyll.content.page import PageWithoutAFile
from pyjekyll.converters.base import Converter


class UpperConverter(Converter):
    priority = "normal"

    def matches(self, ext):
        return ext == ".upper"

    def output_ext(self, ext):
        return ".html"

    def convert(self, content):
        return "<p>" + content.upper().strip() + "</p>\n"


def add_stats_page(site):
    content = "{{ site.posts | size }} posts; {{ site.page_count_before_render }} pages"
    site.pages.append(PageWithoutAFile(site, site.source, "", "stats.txt", content, {"layout": None}))


def register(api):
    api.converter(UpperConverter)
    api.generator(add_stats_page, "low")
