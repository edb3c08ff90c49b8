"""Body-only edits take the short path (no question re-asked of untouched renders) and stay exact.

The site makes bodies travel: layouts print the neighbours' bodies (the previous post
is already rendered at that point of a build, the next one is not), a page prints
every post's content, the home page prints excerpts, and titles come from headings
(a body edit that changes a title). After each edit the incremental `_site` must equal
a clean build, and the rebuild must have taken the body-only path.
"""
from __future__ import annotations

import os
import random

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.incremental import IncrementalBuilder

POSTS = 12
FILES: dict[str, str] = {
    "_config.yml": "title: Bodies\ntime: 2024-03-01 12:00:00 +0000\nplugins: [jekyll-titles-from-headings]\n"
                   "titles_from_headings:\n  collections: true\n"
                   "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: post}\n",
    "_layouts/default.html": "<html><body>{{ content }}<aside>{% for p in site.posts limit:3 %}"
                             "{{ p.title }} {% endfor %}</aside></body></html>\n",
    "_layouts/post.html": "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>{{ content }}"
                          "<p>prev: {{ page.previous.content | strip_html | truncate: 40 }}</p>"
                          "<p>next: {{ page.next.content | size }} {{ page.next.excerpt }}</p>\n",
    "index.html": "---\nlayout: default\n---\n{% for p in site.posts %}<li>{{ p.title }}: {{ p.excerpt }}</li>"
                  "{% endfor %}\n",
    "all.html": "---\n---\n{% for p in site.posts %}<section>{{ p.content }}</section>{% endfor %}\n",
    "about.md": "---\n---\n# About\n\nNothing else reads this.\n",
}


def _post(i: int, words: str) -> tuple[str, str]:
    # the body itself reads the previous post's title, and the excerpt reads the newest post's
    # body (raw or rendered, depending on when the excerpt is first read)
    return f"_posts/2024-01-{i + 1:02d}-post-{i}.md", (
        f"---\ntags: [t{i % 3}]\n---\n# Heading {i}\n\nAfter {{{{ page.previous.title }}}}: "
        f"{{{{ site.posts.first.content | size }}}} {words}\n")


def _tree(root: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for base, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as fh:
                files[os.path.relpath(path, root)] = fh.read()
    return files


def _write(root: str, rel: str, text: str) -> None:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def test_body_edits_take_the_short_path_and_match_clean_builds(tmp_path) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    for rel, text in FILES.items():
        _write(source, rel, text)
    posts = dict(_post(i, f"Body of post {i}.\n\n<!--more-->\n\nTail {i}.") for i in range(POSTS))
    for rel, text in posts.items():
        _write(source, rel, text)
    builder = IncrementalBuilder(load_site({"source": source, "destination": str(tmp_path / "inc"), "quiet": True}))
    builder.build()
    rng = random.Random(5)
    short_paths = 0
    for step in range(14):
        rel = rng.choice(sorted(posts))
        kind = step % 4
        text = posts[rel]
        if kind == 0:
            text += f"\nAppended {step}.\n"
        elif kind == 1:
            text = text.replace("# Heading", f"# Retitled {step}", 1) if "# Heading" in text else text + "x\n"
        elif kind == 2:
            text = text.replace("Body of", f"Excerpt {step} of", 1)
        posts[rel] = text
        _write(source, rel, text)
        if kind == 3:
            os.utime(os.path.join(source, rel))  # touched, same text
        report = builder.build()
        short_paths += builder._changes.bodies_only
        full_dest = str(tmp_path / f"full{step}")
        load_site({"source": source, "destination": full_dest, "quiet": True}).process()
        incremental, full = _tree(builder.site.dest), _tree(full_dest)
        assert incremental == full, f"step {step} ({rel}): {sorted(k for k in full if incremental.get(k) != full[k])}"
        assert "about.md" not in report.rendered
    assert short_paths == 14


def test_editing_an_unread_page_renders_it_alone(tmp_path) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    for rel, text in FILES.items():
        _write(source, rel, text)
    for i in range(POSTS):
        _write(source, *_post(i, f"Body {i}."))
    builder = IncrementalBuilder(load_site({"source": source, "destination": str(tmp_path / "inc"), "quiet": True}))
    builder.build()
    _write(source, "about.md", FILES["about.md"] + "\nMore.\n")
    report = builder.build()
    assert builder._changes.bodies_only
    assert report.rendered == ["about.md"]
    assert report.changed == [os.path.join(builder.site.dest, "about.html")]
