import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

# Off only for measuring plain HTTP on this machine (make bench); check --deploy warns then.
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Links in mail (Wagtail's notices, organisers' notices) are built from this address, never
# from the development default: WAGTAILADMIN_BASE_URL, or else the first allowed host.
if not os.environ.get("WAGTAILADMIN_BASE_URL"):
    WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0].lstrip('.')}"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# The admin holds citizens' ideas and volunteers' contact details: a second factor for those
# who can read them (lundsite/two_factor.py). Off only for a staging copy without real data.
TWO_FACTOR_REQUIRED = os.environ.get("TWO_FACTOR_REQUIRED", "true").lower() != "false"

if not REDIS_URL:  # noqa: F405
    # A per-process cache would let the web nodes disagree: one would keep serving pages that
    # another's publish retired, and each would count form posts (the rate limit) on its own.
    raise ImproperlyConfigured(
        "Set REDIS_URL in the environment (e.g. redis://127.0.0.1:6379/0): production shares "
        "its page cache, site version and rate limits between web nodes through Redis."
    )

# After a database restart each process reconnects by itself instead of failing on a dead
# connection; while the database is away readers get the 503 page
# (lundsite/database_unavailable.py).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# The HTTP cache in front (Varnish, docs/deploy.md): Wagtail sends it PURGE for each page an
# editor publishes; the site's own Redis page cache retires what shows it (lundsite/cache_tags.py).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
