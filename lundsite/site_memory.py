"""Which site a request is for, and its settings, kept in each process's memory.

Every page made without the page cache asked PostgreSQL which site its host name belongs
to (Wagtail's `Site.find_for_request`), and for the site's settings: two queries on every
cold page, a tenth of its CPU on a small one. Sites and their settings change a few times
a year, and every change moves the site version on (lundsite.fragment_cache). So they are
kept here per site version, for a few minutes at most: a version read before the change
was committed cannot keep the old values for longer.

What is kept is plain values: every request gets model instances of its own. A site's home
page comes with only the fields that change nothing but with the site version (its place in
the tree, its address, its language); any other field is read from the database if asked
for.
"""

import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.http import HttpRequest
from wagtail.models import Page, Site

from lundsite.fragment_cache import site_version

T = TypeVar("T")
KEEP_SECONDS = 300
# Host names are the reader's to choose: a few hundred entries at most.
MAX_ENTRIES = 500
# A home page's fields that only a move, a new slug or a new site changes, in the model's
# order of fields, as `from_db` reads them.
STRUCTURAL = {"id", "path", "depth", "translation_key", "locale_id", "content_type_id"}
ROOT_FIELDS = tuple(
    field.attname
    for field in Page._meta.concrete_fields
    if field.attname in STRUCTURAL | {"slug", "url_path"}
)
SITE_FIELDS = tuple(field.attname for field in Site._meta.concrete_fields)

_kept: dict[tuple, tuple[float, Any]] = {}


def remembered(name: str, key: tuple, build: Callable[[], T]) -> T:
    """`build()`, kept in this process for the site version and a few minutes. The value
    must be plain data: it is shared by every request that asks."""
    full_key = (name, site_version(), *key)
    now = time.monotonic()
    hit = _kept.get(full_key)
    if hit is not None and hit[0] > now:
        return hit[1]
    value = build()
    if len(_kept) >= MAX_ENTRIES:
        _kept.clear()
    _kept[full_key] = (now + KEEP_SECONDS, value)
    return value


def forget() -> None:
    """When the site version moves on in this process (lundsite.fragment_cache), and for
    tests, whose sites go with their transaction."""
    _kept.clear()


_wagtails_own = Site._find_for_request


def find_site(request: HttpRequest) -> Site | None:
    """Wagtail's answer for the request's host and port, from memory when it can."""

    def read() -> tuple | None:
        site = _wagtails_own(request)
        if site is None:
            return None
        root = site.root_page
        return (
            tuple(getattr(site, name) for name in SITE_FIELDS),
            tuple(getattr(root, name) for name in ROOT_FIELDS),
        )

    found = remembered("site", (request._get_raw_host(), request.get_port()), read)
    if found is None:
        return None
    site_values, root_values = found
    site = Site.from_db(Site.objects.db, SITE_FIELDS, site_values)
    # The others are deferred: read from the database the first time one is asked for.
    site.root_page = Page.from_db(Page.objects.db, ROOT_FIELDS, root_values)
    return site


def install() -> None:
    """From AppConfig.ready."""
    Site._find_for_request = staticmethod(find_site)
