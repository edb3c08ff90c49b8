"""The Liquid source of every generated feed, as one line of output per feed header and
entry parts run together (the plugin emits its Atom without whitespace between tags)."""
from __future__ import annotations

_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>'
    "{% if page.xsl %}"
    '<?xml-stylesheet type="text/xml" href="{{ \'/feed.xslt.xml\' | absolute_url }}"?>'
    "{% endif %}"
    '<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>'
    '<generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>'
    '<link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />'
    '<link href="{{ \'/\' | absolute_url }}" rel="alternate" type="text/html" '
    '{% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>'
    "<updated>{{ site.time | date_to_xmlschema }}</updated>"
    "<id>{{ page.url | absolute_url | xml_escape }}</id>"
)

_TITLE = (
    "{% assign feed_title = site.title | default: site.name %}"
    '{% if page.collection != "posts" %}'
    "{% assign label = page.collection | capitalize %}"
    '{% assign feed_title = feed_title | append: " | " | append: label %}'
    "{% endif %}"
    "{% if page.category %}"
    "{% assign label = page.category | capitalize %}"
    '{% assign feed_title = feed_title | append: " | " | append: label %}'
    "{% endif %}"
    '{% if feed_title %}<title type="html">{{ feed_title | smartify | xml_escape }}</title>{% endif %}'
    "{% if site.description %}<subtitle>{{ site.description | xml_escape }}</subtitle>{% endif %}"
    "{% if site.author %}<author>"
    "<name>{{ site.author.name | default: site.author | xml_escape }}</name>"
    "{% if site.author.email %}<email>{{ site.author.email | xml_escape }}</email>{% endif %}"
    "{% if site.author.uri %}<uri>{{ site.author.uri | xml_escape }}</uri>{% endif %}"
    "</author>{% endif %}"
)

_SELECTION = (
    "{% if page.tags %}{% assign entries = site.tags[page.tags] %}"
    "{% else %}{% assign entries = site[page.collection] %}{% endif %}"
    '{% if page.category %}{% assign entries = entries | where: "categories", page.category %}{% endif %}'
    '{% unless site.show_drafts %}{% assign entries = entries | where_exp: "e", "e.draft != true" %}{% endunless %}'
    '{% assign entries = entries | sort: "date" | reverse %}'
    "{% assign entry_limit = site.feed.posts_limit | default: 10 %}"
)

_ENTRY = (
    "{% for post in entries limit: entry_limit %}"
    '<entry{% if post.lang %} xml:lang="{{ post.lang }}"{% endif %}>'
    "{% assign entry_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}"
    '<title type="html">{{ entry_title }}</title>'
    '<link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ entry_title }}" />'
    "<published>{{ post.date | date_to_xmlschema }}</published>"
    "<updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>"
    "<id>{{ post.id | absolute_url | xml_escape }}</id>"
    "{% assign summary_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}"
    "{% unless summary_only %}"
    '<content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}">'
    "<![CDATA[{{ post.content | strip }}]]></content>"
    "{% endunless %}"
    "{% assign who = post.author | default: post.authors[0] | default: site.author %}"
    "{% assign who = site.data.authors[who] | default: who %}"
    "{% assign who_email = who.email | default: nil %}"
    "{% assign who_uri = who.uri | default: nil %}"
    "{% assign who_name = who.name | default: who %}"
    '<author><name>{{ who_name | default: "" | xml_escape }}</name>'
    "{% if who_email %}<email>{{ who_email | xml_escape }}</email>{% endif %}"
    "{% if who_uri %}<uri>{{ who_uri | xml_escape }}</uri>{% endif %}"
    "</author>"
    '{% if post.category %}<category term="{{ post.category | xml_escape }}" />'
    "{% elsif post.categories %}"
    '{% for term in post.categories %}<category term="{{ term | xml_escape }}" />{% endfor %}'
    "{% endif %}"
    '{% for term in post.tags %}<category term="{{ term | xml_escape }}" />{% endfor %}'
    "{% assign summary = post.description | default: post.excerpt %}"
    "{% if summary and summary != empty %}"
    '<summary type="html"><![CDATA[{{ summary | strip_html | normalize_whitespace }}]]></summary>'
    "{% endif %}"
    "{% assign picture = post.image.path | default: post.image %}"
    "{% if picture %}"
    '{% unless picture contains "://" %}{% assign picture = picture | absolute_url %}{% endunless %}'
    '<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ picture | xml_escape }}" />'
    '<media:content medium="image" url="{{ picture | xml_escape }}" xmlns:media="http://search.yahoo.com/mrss/" />'
    "{% endif %}"
    "</entry>"
    "{% endfor %}"
)

FEED_TEMPLATE = _HEADER + _TITLE + _SELECTION + _ENTRY + "</feed>"
