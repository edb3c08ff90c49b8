"""Liquid sources of the generated `sitemap.xml` and `robots.txt`."""
from __future__ import annotations

_URL_OF = "| replace: '/index.html', '/' | absolute_url | xml_escape"

SITEMAP_TEMPLATE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "{% if page.xsl %}"
    '<?xml-stylesheet type="text/xsl" href="{{ "/sitemap.xsl" | absolute_url }}"?>\n'
    "{% endif %}"
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
    'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    # documents of every collection that is written out
    "{% assign written = site.collections | where_exp: 'c', 'c.output != false' %}"
    "{% for collection in written %}"
    "{% assign listed = collection.docs | where_exp: 'd', 'd.sitemap != false' %}"
    "{% for doc in listed %}<url>\n"
    "<loc>{{ doc.url " + _URL_OF + " }}</loc>\n"
    "{% if doc.last_modified_at or doc.date %}"
    "<lastmod>{{ doc.last_modified_at | default: doc.date | date_to_xmlschema }}</lastmod>\n"
    "{% endif %}</url>\n"
    "{% endfor %}{% endfor %}"
    # HTML pages, except the error page
    "{% assign listed = site.html_pages | where_exp: 'd', 'd.sitemap != false'"
    " | where_exp: 'd', 'd.url != \"/404.html\"' %}"
    "{% for entry in listed %}<url>\n"
    "<loc>{{ entry.url " + _URL_OF + " }}</loc>\n"
    "{% if entry.last_modified_at %}"
    "<lastmod>{{ entry.last_modified_at | date_to_xmlschema }}</lastmod>\n"
    "{% endif %}</url>\n"
    "{% endfor %}"
    # static files with a listed extension
    "{% assign listed = page.static_files | where_exp: 'f', 'f.sitemap != false'"
    " | where_exp: 'f', 'f.name != \"404.html\"' %}"
    "{% for file in listed %}<url>\n"
    "<loc>{{ file.path " + _URL_OF + " }}</loc>\n"
    "<lastmod>{{ file.modified_time | date_to_xmlschema }}</lastmod>\n"
    "</url>\n"
    "{% endfor %}</urlset>\n"
)

ROBOTS_TEMPLATE = 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n'
