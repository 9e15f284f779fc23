"""Cache settings for tests that need caches that keep things (the test settings' caches
keep nothing): local memory per test module, or a Redis database of the test's own."""

from collections.abc import Iterator
from contextlib import contextmanager

import redis
from django.core.cache import caches
from django.test import override_settings

from lundsite import cache_tags

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


def local_cache_settings(name: str, pages: dict | None = None) -> dict:
    """CACHES with local memory of the module's own (`name`); `pages` for another page cache
    (DUMMY: every request makes its page)."""
    return {
        "default": {**LOCMEM, "LOCATION": f"{name}-default"},
        "pages": pages or {**LOCMEM, "LOCATION": f"{name}-pages"},
        "ratelimit": {**LOCMEM, "LOCATION": f"{name}-ratelimit"},
    }


@contextmanager
def emptied(settings: dict) -> Iterator[None]:
    """The caches in `settings`, empty, with the tag index of the local caches."""
    with override_settings(CACHES=settings):
        for alias in settings:
            caches[alias].clear()
        cache_tags._local.clear()
        yield


@contextmanager
def flushed_redis(url: str, settings: dict) -> Iterator[redis.Redis]:
    """A Redis database of the test's own, flushed before and after."""
    client = redis.Redis.from_url(url)
    client.flushdb()
    with override_settings(CACHES=settings):
        yield client
    client.flushdb()
