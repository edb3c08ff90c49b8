"""The Liquid template `{% seo %}` renders: one line of output per tag emitted."""
from __future__ import annotations

TEMPLATE_PATH = "jekyll-seo-tag/template.html"

TEMPLATE = (
    "<!-- Begin Jekyll SEO tag v{{ seo_tag.version }} -->\n"
    "{% if seo_tag.show_title %}<title>{{ seo_tag.title }}</title>\n{% endif %}"
    '<meta name="generator" content="Jekyll v{{ jekyll.version }}" />\n'
    '{% if seo_tag.page_title %}<meta property="og:title" content="{{ seo_tag.page_title }}" />\n{% endif %}'
    '{% if seo_tag.author.name %}<meta name="author" content="{{ seo_tag.author.name }}" />\n{% endif %}'
    '<meta property="og:locale" content="{{ seo_tag.page_locale }}" />\n'
    "{% if seo_tag.description %}"
    '<meta name="description" content="{{ seo_tag.description }}" />\n'
    '<meta property="og:description" content="{{ seo_tag.description }}" />\n'
    "{% endif %}"
    "{% if site.url %}"
    '<link rel="canonical" href="{{ seo_tag.canonical_url }}" />\n'
    '<meta property="og:url" content="{{ seo_tag.canonical_url }}" />\n'
    "{% endif %}"
    '{% if seo_tag.site_title %}<meta property="og:site_name" content="{{ seo_tag.site_title }}" />\n{% endif %}'
    "{% if seo_tag.image %}"
    '<meta property="og:image" content="{{ seo_tag.image.path }}" />\n'
    '{% if seo_tag.image.height %}<meta property="og:image:height" content="{{ seo_tag.image.height }}" />\n{% endif %}'
    '{% if seo_tag.image.width %}<meta property="og:image:width" content="{{ seo_tag.image.width }}" />\n{% endif %}'
    '{% if seo_tag.image.alt %}<meta property="og:image:alt" content="{{ seo_tag.image.alt }}" />\n{% endif %}'
    "{% endif %}"
    "{% if page.date %}"
    '<meta property="og:type" content="article" />\n'
    '<meta property="article:published_time" content="{{ page.date | date_to_xmlschema }}" />\n'
    '{% else %}<meta property="og:type" content="website" />\n{% endif %}'
    "{% if paginator.previous_page %}"
    '<link rel="prev" href="{{ paginator.previous_page_path | absolute_url }}" />\n{% endif %}'
    "{% if paginator.next_page %}"
    '<link rel="next" href="{{ paginator.next_page_path | absolute_url }}" />\n{% endif %}'
    "{% if seo_tag.image %}"
    '<meta name="twitter:card" content="{{ page.twitter.card | default: site.twitter.card'
    ' | default: "summary_large_image" }}" />\n'
    '<meta property="twitter:image" content="{{ seo_tag.image.path }}" />\n'
    '{% else %}<meta name="twitter:card" content="summary" />\n{% endif %}'
    '{% if seo_tag.image.alt %}<meta name="twitter:image:alt" content="{{ seo_tag.image.alt }}" />\n{% endif %}'
    '{% if seo_tag.page_title %}<meta property="twitter:title" content="{{ seo_tag.page_title }}" />\n{% endif %}'
    "{% if site.twitter %}"
    '<meta name="twitter:site" content="@{{ site.twitter.username | remove: \'@\' }}" />\n'
    "{% if seo_tag.author.twitter %}"
    '<meta name="twitter:creator" content="@{{ seo_tag.author.twitter | remove: \'@\' }}" />\n{% endif %}'
    "{% endif %}"
    "{% if site.facebook %}"
    '{% if site.facebook.admins %}<meta property="fb:admins" content="{{ site.facebook.admins }}" />\n{% endif %}'
    "{% if site.facebook.publisher %}"
    '<meta property="article:publisher" content="{{ site.facebook.publisher }}" />\n{% endif %}'
    '{% if site.facebook.app_id %}<meta property="fb:app_id" content="{{ site.facebook.app_id }}" />\n{% endif %}'
    "{% endif %}"
    "{% assign verify = site.webmaster_verifications %}"
    "{% if verify %}"
    "{% if verify.google %}"
    '<meta name="google-site-verification" content="{{ verify.google }}" />\n{% endif %}'
    '{% if verify.bing %}<meta name="msvalidate.01" content="{{ verify.bing }}" />\n{% endif %}'
    '{% if verify.alexa %}<meta name="alexaVerifyID" content="{{ verify.alexa }}" />\n{% endif %}'
    '{% if verify.yandex %}<meta name="yandex-verification" content="{{ verify.yandex }}" />\n{% endif %}'
    '{% if verify.baidu %}<meta name="baidu-site-verification" content="{{ verify.baidu }}" />\n{% endif %}'
    "{% if verify.facebook %}"
    '<meta name="facebook-domain-verification" content="{{ verify.facebook }}" />\n{% endif %}'
    "{% elsif site.google_site_verification %}"
    '<meta name="google-site-verification" content="{{ site.google_site_verification }}" />\n'
    "{% endif %}"
    '<script type="application/ld+json">\n'
    "{{ seo_tag.json_ld | jsonify }}</script>\n"
    "<!-- End Jekyll SEO tag -->\n"
)
