"""A version number for the parts of a page that come from the whole site, such as the
footer and the menu. Publishing anything or changing the settings moves it on, so cached
fragments keyed on it are never stale and need no list of keys to delete."""

from contextvars import ContextVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

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
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


page_published.connect(bump_site_version, dispatch_uid="lundsite-version-published")
page_unpublished.connect(bump_site_version, dispatch_uid="lundsite-version-unpublished")
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
    if isinstance(instance, ContactSettings | Page | PageViewRestriction | Site) or (
        sender in get_snippet_models()
    ):
        bump_site_version()
