"""One page's slice of the posts and the links to its neighbours (the `paginator`)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pyjekyll.errors import FatalError

if TYPE_CHECKING:
    from pyjekyll.site import Site


def page_count(total_posts: int, per_page: int) -> int:
    if per_page <= 0:
        raise FatalError(f"Pagination: 'paginate' must be a positive number of posts, got {per_page}.")
    return math.ceil(total_posts / per_page)


def ensure_leading_slash(path: str) -> str:
    return path if path.startswith("/") else "/" + path


class Pager:
    def __init__(self, site: Site, number: int, all_posts: list[Any], total_pages: int,
                 first_page_url: str | None) -> None:
        self.page = number
        self.per_page = per_page_of(site)
        self.total_pages = total_pages
        if number > total_pages:
            raise FatalError(f"page number can't be greater than total pages: {number} > {total_pages}")
        start = (number - 1) * self.per_page
        self.total_posts = len(all_posts)
        self.posts = all_posts[start:start + self.per_page]
        self.previous_page = number - 1 if number != 1 else None
        self.next_page = number + 1 if number != total_pages else None
        self.previous_page_path = page_path(site, self.previous_page, first_page_url)
        self.next_page_path = page_path(site, self.next_page, first_page_url)

    def to_liquid(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "per_page": self.per_page,
            "posts": self.posts,
            "total_posts": self.total_posts,
            "total_pages": self.total_pages,
            "previous_page": self.previous_page,
            "previous_page_path": self.previous_page_path,
            "next_page": self.next_page,
            "next_page_path": self.next_page_path,
        }


def per_page_of(site: Site) -> int:
    """Ruby's `to_i` of the `paginate` setting."""
    value = site.config.get("paginate")
    if isinstance(value, bool) or value is None:
        raise FatalError("Pagination: 'paginate' must be a number of posts per page.")
    if isinstance(value, (int, float)):
        return int(value)
    digits = str(value).strip()
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    number = ""
    for ch in digits:
        if not ch.isdigit():
            break
        number += ch
    return sign * int(number) if number else 0


def page_path(site: Site, number: int | None, first_page_url: str | None) -> str | None:
    """The URL of page `number` (the template page's own URL for the first)."""
    if number is None:
        return None
    if number <= 1:
        return first_page_url
    pattern = str(site.config.get("paginate_path") or "/page:num")
    return ensure_leading_slash(pattern.replace(":num", str(number), 1))
