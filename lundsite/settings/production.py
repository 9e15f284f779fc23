import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

# Off only for measuring plain HTTP on this machine (make bench); check --deploy warns then.
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

if not REDIS_URL:  # noqa: F405
    # A per-process memory cache would let each gunicorn worker keep serving pages that
    # another worker's publish retired. Without Redis, nothing is cached.
    CACHES = {
        **CACHES,  # noqa: F405
        **{
            alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
            for alias in ("default", "pages")
        },
    }
