"""Production, with the whole-page cache off: `make bench` measures what a page-cache miss
costs through gunicorn (lundsite/management/commands/bench.py)."""

from .production import *  # noqa: F403

CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
