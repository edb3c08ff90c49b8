"""A small site that exercises every kind of dependency an incremental rebuild must follow."""
from __future__ import annotations

import os

FILES: dict[str, str] = {
    "_config.yml": (
        "title: Sample\nurl: https://example.org\ntime: 2024-03-01 12:00:00 +0000\n"
        "collections:\n  notes:\n    output: true\n"
        "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: post}\n"),
    "_data/nav.yml": "- {title: Home, url: /}\n- {title: About, url: /about.html}\n",
    "_data/people.yml": "alice: {name: Alice}\nbob: {name: Bob}\n",
    "_includes/head.html": "<head><title>{{ page.title | default: site.title }}</title></head>\n",
    "_includes/nav.html": "<nav>{% for i in site.data.nav %}<a href=\"{{ i.url }}\">{{ i.title }}</a>"
                          "{% endfor %}</nav>\n",
    "_includes/card.html": "<div class=\"card\">{{ include.post.title }} ({{ include.post.date | date: '%Y' }})</div>\n",
    "_layouts/default.html": "<html>{% include head.html %}<body>{% include nav.html %}\n{{ content }}\n"
                             "<footer>{{ site.time | date: '%Y' }} {{ layout.footer }}</footer></body></html>\n",
    "_layouts/post.html": "---\nlayout: default\nfooter: post-footer\n---\n<article><h1>{{ page.title }}</h1>"
                          "{{ content }}{% if page.previous %}<a href=\"{{ page.previous.url }}\">prev</a>{% endif %}"
                          "</article>\n",
    "_layouts/page.html": "---\nlayout: default\n---\n<section>{{ content }}</section>\n",
    "_posts/2024-01-01-first.md": "---\ntitle: First\ntags: [a]\n---\nFirst body.\n\n<!--more-->\nMore text.\n",
    "_posts/2024-01-02-second.md": "---\ntitle: Second\ntags: [a, b]\n---\nSecond *body*.\n",
    "_posts/2024-01-03-third.md": "---\ntitle: Third\n---\nThird body with {% post_url 2024-01-01-first %}.\n",
    "_notes/one.md": "---\ntitle: Note one\n---\nNote {{ site.data.people.alice.name }}.\n",
    "_notes/two.md": "---\ntitle: Note two\n---\nSecond note.\n",
    "index.html": "---\nlayout: default\n---\n<ul>{% for p in site.posts %}<li>{% include card.html post=p %}"
                  "{{ p.excerpt }}</li>{% endfor %}</ul>\n",
    "about.md": "---\nlayout: page\ntitle: About\n---\nAbout {{ site.notes.size }} notes; {% link notes.md %}\n",
    "notes.md": "---\nlayout: page\ntitle: Notes\n---\n{% for n in site.notes %}* {{ n.title }}\n{% endfor %}",
    "tags.html": "---\nlayout: page\n---\n{% for t in site.tags %}{{ t[0] }}={{ t[1].size }} {% endfor %}\n",
    "plain.html": "---\n---\n{% include_relative snippet.txt %}\n",
    "snippet.txt": "relative snippet\n",
    "assets/style.css": "body { color: black; }\n",
    "assets/site.scss": "---\n---\n@import \"base\";\n",
    "_sass/_base.scss": "$c: red;\np { color: $c; }\n",
}


def write_site(root: str) -> None:
    for rel, text in FILES.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
