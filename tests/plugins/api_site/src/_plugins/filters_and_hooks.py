"""A filter and two hooks."""


def reverse_words(value):
    return " ".join(reversed(str(value).split()))


def stamp(page):
    page.output = page.output + "<!-- stamped -->\n"


def count_pages(site, payload):
    site.config["page_count_before_render"] = len(site.pages)


def register(api):
    api.filter("reverse_words", reverse_words)
    api.hook("pages", "post_render", stamp)
    api.hook("site", "pre_render", count_pages)
