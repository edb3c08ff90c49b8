"""A throwaway site that shows every layout of a theme with typical content.

Each layout gets a page with a short title and one with a very long title; posts
(dated, tagged, one with code, one with a table and an image) feed a paginated
blog index; the home page links all of them, so a theme author can click through
every layout while editing the theme with live reload.
"""
from __future__ import annotations

import os
from pathlib import Path

SAMPLE_BODY = """\
An opening paragraph with **bold**, *italic*, `inline code` and [a link](https://example.com/).
It runs long enough to wrap on a phone screen, which is where most themes first show their seams.

## A second-level heading

- A list item
- Another item, with a nested list:
  1. first
  2. second

> A blockquote: a line someone once said, quoted here to see how the theme sets it.

### Code

```python
def greet(name: str) -> str:
    return f"Hello, {name}!"
```

### A table

| Column | Another column | Numbers |
|:-------|:--------------:|--------:|
| short  | centred text   | 1       |
| a much longer cell that wraps | x | 1,234 |

### An image

![A sample picture](/assets/preview/sample.svg)

---

A closing paragraph after a horizontal rule.
"""

LONG_TITLE = ("A deliberately long title that keeps going to show how the theme wraps headings, "
              "navigation and the browser tab when authors get carried away")

SAMPLE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="640" height="240" viewBox="0 0 640 240">
<rect width="640" height="240" fill="#8ab"/><circle cx="140" cy="120" r="70" fill="#fd6"/>
<path d="M0 240 L220 110 L360 200 L480 130 L640 240 Z" fill="#365"/>
<text x="420" y="60" font-family="sans-serif" font-size="28" fill="#fff">sample image</text></svg>
"""

POSTS = (
    ("2024-01-05", "Hello, world", "[welcome]", "A short first post.\n\n<!--more-->\n\nMore after the excerpt."),
    ("2024-02-10", "Writing code", "[code, python]", "```ruby\nputs 'hi'\n```\n\n" + SAMPLE_BODY),
    ("2024-03-15", LONG_TITLE, "[long]", "A post whose title is long."),
    ("2024-04-20", "Tables and images", "[media]", SAMPLE_BODY),
    ("2024-05-25", "Short", "[]", "Tiny."),
    ("2024-06-30", "Notes from a conference", "[events, notes]", "Some notes.\n\n" + SAMPLE_BODY[:400]),
)


def theme_layouts(theme_root: Path) -> list[str]:
    folder = theme_root / "_layouts"
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_gallery(root: Path, theme: str, layouts: list[str], theme_name: str,
                  plugins: list[str] | None = None) -> None:
    """Write the gallery site's sources into `root` (an empty folder)."""
    plugin_list = ", ".join(dict.fromkeys(["jekyll-paginate", *(plugins or [])]))
    post_layout = "post" if "post" in layouts else (layouts[0] if layouts else "")
    page_layout = "page" if "page" in layouts else ("default" if "default" in layouts else post_layout)
    home_layout = "home" if "home" in layouts else page_layout
    _write(root, "_config.yml", "\n".join([
        f"title: {_yaml_string('Preview of ' + theme_name)}",
        f"description: {_yaml_string('Every layout of the theme with sample content.')}",
        f"theme: {_yaml_string(theme)}",
        f"plugins: [{plugin_list}]",
        "paginate: 2",
        "paginate_path: /blog/page:num/",
        "permalink: /:year/:month/:title/",
        "author: Preview Author",
        f"defaults:\n  - scope: {{path: \"\", type: posts}}\n    values: {{layout: {_yaml_string(post_layout)}}}",
        "",
    ]))
    _write(root, "assets/preview/sample.svg", SAMPLE_SVG)
    for date, title, tags, body in POSTS:
        slug = "-".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split()[:6])
        _write(root, f"_posts/{date}-{slug}.md",
               f"---\ntitle: {_yaml_string(title)}\ntags: {tags}\n---\n{body}")
    for name in layouts:
        _write(root, f"layouts/{name}.md",
               f"---\nlayout: {_yaml_string(name)}\ntitle: {_yaml_string(name.capitalize())}\n---\n{SAMPLE_BODY}")
        _write(root, f"layouts/{name}-long-title.md",
               f"---\nlayout: {_yaml_string(name)}\ntitle: {_yaml_string(LONG_TITLE)}\n---\n{SAMPLE_BODY}")
    _write(root, "blog/index.html", "\n".join([
        "---", f"layout: {_yaml_string(home_layout)}", "title: Blog", "---",
        "<ul>{% for post in paginator.posts %}",
        '<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date: "%b %-d, %Y" }}'
        "<div>{{ post.excerpt }}</div></li>{% endfor %}</ul>",
        "<p>Page {{ paginator.page }} of {{ paginator.total_pages }}",
        '{% if paginator.previous_page %} <a href="{{ paginator.previous_page_path | relative_url }}">newer</a>'
        "{% endif %}",
        '{% if paginator.next_page %} <a href="{{ paginator.next_page_path | relative_url }}">older</a>{% endif %}'
        "</p>", ""]))
    rows = "\n".join(
        f"| `{name}` | [short title]({{% link layouts/{name}.md %}}) | "
        f"[long title]({{% link layouts/{name}-long-title.md %}}) |" for name in layouts)
    _write(root, "index.md", "\n".join([
        "---", f"layout: {_yaml_string(page_layout)}", f"title: {_yaml_string('Preview of ' + theme_name)}",
        "---", f"Every layout of **{theme_name}**, with the same sample content.", "",
        "| Layout | Page | Variant |", "|:--|:--|:--|", rows or "| (no layouts) | | |", "",
        "## Posts", "",
        "The [paginated blog index]({{ '/blog/' | relative_url }}) lists these posts:", "",
        "{% for post in site.posts %}* [{{ post.title }}]({{ post.url | relative_url }})\n{% endfor %}", ""]))


def theme_plugins(theme_root: Path) -> list[str]:
    """Plugins the theme's own `_config.yml` asks for (its sample site needs them too)."""
    from pyjekyll.configuration import load_config_file

    path = theme_root / "_config.yml"
    try:
        config = load_config_file(str(path)) if path.is_file() else {}
    except Exception:  # noqa: BLE001 - a broken theme config only loses the plugin list
        return []
    plugins = config.get("plugins") if isinstance(config, dict) else None
    return [str(p) for p in plugins] if isinstance(plugins, list) else []


def prepare(theme_arg: str | None, workdir: str) -> tuple[str, Path | None, list[str]]:
    """The `theme:` value, the theme folder (when local) and its layouts, for `theme_arg`."""
    from pyjekyll.themes import resolve_theme  # type: ignore[attr-defined]

    if theme_arg and os.path.isdir(theme_arg):
        root = Path(theme_arg).resolve()
        return str(root), root, theme_layouts(root)
    if theme_arg is None and os.path.isdir("_layouts"):
        root = Path(".").resolve()
        return str(root), root, theme_layouts(root)
    name = theme_arg or "pyjekyll-academic"
    theme = resolve_theme(name, Path(workdir))
    root = Path(str(theme.root))
    return name, root, theme_layouts(root)
