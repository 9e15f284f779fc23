"""The site version: for the rare changes that can touch any page, such as a move, a new
slug, a deleted page, a view restriction, the settings or a snippet (a party's name shows on
every agreement that names it). Moving it on retires every cached page (recorded under
`cache_tags.ALL_PAGES`) and every fragment, route and list keyed on it, with no list of keys.

Publishing and unpublishing a page do not move it: lundsite.cache_tags retires only what
shows that page.
"""

from contextvars import ContextVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_slug_changed, post_page_move
from wagtail.snippets.models import get_snippet_models

from lundsite import cache_tags

VERSION_KEY = "lundsite:site-version"
# The version read once for a whole GET request (lundsite.page_cache sets it): a page asks
# for it in every fragment's key, and each ask was a round trip to Redis.
request_version: ContextVar[int | None] = ContextVar("lundsite_site_version", default=None)


def site_version() -> int:
    version = request_version.get()
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def bump_site_version(**kwargs) -> None:
    # Imported here: it keeps values per site version, which it reads from this module.
    from lundsite import site_memory

    # At once in this process, whose cache may keep no version at all (tests, DummyCache).
    site_memory.forget()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
    # Whole pages are keyed on their address alone, so that a cached page costs one read.
    cache_tags.retire({cache_tags.ALL_PAGES})


# Addresses change: lundsite.routing remembers which page each address leads to.
post_page_move.connect(bump_site_version, dispatch_uid="lundsite-version-moved")
page_slug_changed.connect(bump_site_version, dispatch_uid="lundsite-version-slug")


@receiver(post_delete, dispatch_uid="lundsite-version-deleted")
def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page | PageViewRestriction | Site):
        bump_site_version()


@receiver(post_save, dispatch_uid="lundsite-version-settings")
def _settings_saved(sender, instance, **kwargs) -> None:
    # Imported here: lundsite.models imports pages that read the site version.
    from lundsite.models import ContactSettings

    # A new view restriction must retire cached pages and lundsite.view_restrictions' paths.
    # A page's own save is lundsite.cache_tags' to answer.
    if isinstance(instance, ContactSettings | PageViewRestriction | Site) or (
        sender in get_snippet_models()
    ):
        bump_site_version()
