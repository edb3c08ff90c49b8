"""The flags of `pyjekyll build` as plain data, so a plain build line is read without typer.

typer's option declarations (`pyjekyll.cli_commands`) are made from this table, and so
is the quick reader of plain build lines (`pyjekyll.fast_build_args`): importing typer
and building its command tree costs a small site a good share of its build time.
"""
from __future__ import annotations

from typing import NamedTuple

#: kinds of flag: takes no value, takes a string, takes an integer
FLAG, TEXT, INT = "flag", "text", "int"


class BuildFlag(NamedTuple):
    declarations: tuple[str, ...]
    kind: str
    help: str


#: the build command's parameters, in its order, with their flag spellings
BUILD_FLAGS: dict[str, BuildFlag] = {
    "source": BuildFlag(("-s", "--source"), TEXT, "Custom source directory"),
    "destination": BuildFlag(("-d", "--destination"), TEXT, "Custom destination directory"),
    "config": BuildFlag(("--config",), TEXT, "Custom configuration file(s), comma separated"),
    "drafts": BuildFlag(("-D", "--drafts"), FLAG, "Render posts in the _drafts folder"),
    "future": BuildFlag(("--future",), FLAG, "Publishes posts with a future date"),
    "unpublished": BuildFlag(("--unpublished",), FLAG, "Render posts marked unpublished"),
    "limit_posts": BuildFlag(("--limit_posts",), INT, "Limits the number of posts"),
    "baseurl": BuildFlag(("-b", "--baseurl"), TEXT, "Serve the website from the given base URL"),
    "safe": BuildFlag(("--safe",), FLAG, "Safe mode: no custom plugins"),
    "strict_front_matter": BuildFlag(("--strict_front_matter",), FLAG, "Fail if errors are present in front matter"),
    "quiet": BuildFlag(("-q", "--quiet"), FLAG, "Silence output"),
    "verbose": BuildFlag(("-V", "--verbose"), FLAG, "Print verbose output"),
    "trace": BuildFlag(("-t", "--trace"), FLAG, "Show the full backtrace when an error occurs"),
    "profile": BuildFlag(("--profile",), FLAG, "Generate a Liquid rendering profile"),
    "plugins": BuildFlag(("-p", "--plugins"), TEXT, "Plugins directory (comma separated)"),
    "layouts": BuildFlag(("--layouts",), TEXT, "Layouts directory"),
    "incremental": BuildFlag(("-I", "--incremental"), FLAG, "Enable incremental rebuild"),
    "watch": BuildFlag(("-w", "--watch/--no-watch"), FLAG, "Watch for changes and rebuild"),
    "disable_disk_cache": BuildFlag(("--disable-disk-cache",), FLAG, "Disable caching to disk"),
    "force_polling": BuildFlag(("--force_polling",), FLAG, "Force watch to use polling"),
    "lsi": BuildFlag(("--lsi",), FLAG, "Use LSI for improved related posts"),
    "strict": BuildFlag(("--strict",), FLAG, "Exit non-zero when a plugin cannot run"),
    "github_pages": BuildFlag(("--github-pages",), FLAG, "Apply GitHub Pages' forced configuration"),
}
