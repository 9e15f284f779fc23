"""A version number for the parts of a page that come from the whole site, such as the
footer and the menu. Publishing anything or changing the settings moves it on, so cached
fragments keyed on it are never stale and need no list of keys to delete."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished
from wagtail.snippets.models import get_snippet_models

from lundsite.models import ContactSettings

VERSION_KEY = "lundsite:site-version"


def site_version() -> int:
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


@receiver(post_delete, dispatch_uid="lundsite-version-deleted")
def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page | PageViewRestriction):
        bump_site_version()


@receiver(post_save, dispatch_uid="lundsite-version-settings")
def _settings_saved(sender, instance, **kwargs) -> None:
    # A new view restriction must retire cached pages and lundsite.view_restrictions' paths.
    if isinstance(instance, ContactSettings | Page | PageViewRestriction) or (
        sender in get_snippet_models()
    ):
        bump_site_version()
