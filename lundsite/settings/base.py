"""Settings shared by every environment. Configuration comes from the environment only."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "lundsite",
    "home",
    "principles",
    "partnerships",
    # wagtail_localize must come before wagtail.admin (its templates override the admin's).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "lundsite.page_cache.UpdatePageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "lundsite.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages leave compressed; inside whitenoise, which serves static files compressed ahead
    # of time, and inside the page cache, which so keeps the compressed page (Vary:
    # Accept-Encoding). BREACH needs a secret repeated in every response beside reflected
    # input: Django masks the CSRF token afresh in each response, and cached pages carry
    # none (README "Forms on cached pages"), so compression gives nothing away.
    "django.middleware.gzip.GZipMiddleware",
    # Read early: a cached page needs none of the work below (lundsite/page_cache.py).
    "lundsite.page_cache.FetchPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin login: the second factor (django-otp) and the lockout after failed attempts (axes).
    "django_otp.middleware.OTPMiddleware",
    "lundsite.two_factor.RequireSecondFactorMiddleware",
    "axes.middleware.AxesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lundsite.content_security.SitePartCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost, so its 503 for a database outage passes through every header middleware above.
    "lundsite.database_unavailable.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "lundsite.urls"
WSGI_APPLICATION = "lundsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]
# Common widgets are put together in Python: the same HTML as Django's templates, faster.
FORM_RENDERER = "lundsite.form_rendering.QuickWidgetRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` writes from three processes (web server, mail worker, scheduler). WAL lets
    # readers go on while one writes; IMMEDIATE takes the write lock when a transaction
    # starts, so a reader never has to upgrade mid-transaction (SQLite fails that at once,
    # busy timeout or not); the timeout lets a writer wait its turn instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Admin login (README "Admin login"). Five wrong passwords for one account from one address
# lock that pair for 30 minutes: an attacker elsewhere cannot lock a colleague out, and a
# shared office address is not locked for everyone. A superuser unlocks under Inställningar.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: it refuses a locked-out login outright
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lundsite/admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "lundsite.admin_login.client_ip"
AXES_VERBOSE = False  # no banner on every manage.py command
# A second factor for superusers and the groups that read personal data; on in production
# only, so `make run`'s development admin logs in with a password alone.
TWO_FACTOR_REQUIRED = False
TWO_FACTOR_GROUPS = ["Föreningslots", "Frivilligkraft"]
OTP_TOTP_ISSUER = "Samverkan Lund"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Swedish is the source language and must be the default before the first migrate,
# or Wagtail creates its first locale as en-us.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files people send that must never be public (an association's board minutes): outside
# MEDIA_ROOT, so no web server rule for /media/ can reach them; the admin serves them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Samverkan Lund"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Addresses are ASCII (å, ä → a, ö → o) in the admin's slug field too: lundsite/slugs.py.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Avatars would otherwise be fetched from an outside host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Body images go out through {% picture %} as AVIF, WebP and a JPEG fallback, each in several
# widths (templates/blocks/image.html). Wagtail's docs keep these conversions as the fallback
# for renditions that name no format (the admin's thumbnails): formats that not every browser
# shows become PNG or JPEG.
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "heic": "jpeg", "avif": "png"}
WAGTAILIMAGES_AVIF_QUALITY = 60
WAGTAILIMAGES_WEBP_QUALITY = 75
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "csv", "txt"]

# Wagtail's database backend, every word searched for a prefix and titles weighing most.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "lundsite.search_backend"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Without this PostgreSQL stems Swedish words as if they were English.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "swedish"

EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
# Every message, Wagtail's own notices included, is stored in the outbox first; the outbox's
# worker then hands it to the real transport below (lundsite/outbox_backend.py).
EMAIL_BACKEND = "lundsite.outbox_backend.OutboxBackend"
OUTBOX_DELIVERY_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Samverkan Lund <no-reply@lund.se>")

REDIS_URL = os.environ.get("REDIS_URL", "")
_CACHE = (
    {"BACKEND": "lundsite.redis_cache.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
)
CACHES = {
    "default": _CACHE,
    # Whole pages for anonymous readers, keyed on the address (lundsite/page_cache.py).
    "pages": _CACHE,
}
# Counters for the forms' rate limits (django-ratelimit), apart from the page caches so that
# turning page caching off never turns the limits off.
CACHES["ratelimit"] = (
    {**_CACHE, "KEY_PREFIX": "ratelimit"}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"}
)
RATELIMIT_USE_CACHE = "ratelimit"
# Behind the production proxy the client's address is the first in X-Forwarded-For.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
# Forms on cached pages get their token from /csrf/; a post without one is offered again
# with a token instead of Django's bare 403 (lundsite/form_tokens.py).
CSRF_FAILURE_VIEW = "lundsite.form_tokens.csrf_failure"
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
CACHE_MIDDLEWARE_SECONDS = 600

# Public pages: no inline scripts or styles, nothing from other hosts, never framed.
# lundsite/content_security.py picks the admin's policy below for paths under /admin/.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Wagtail's admin, as much as it needs and no more: its templates and the HTML its choosers
# load run inline scripts, its widgets set inline styles, image uploads show blob: previews,
# and its previews are framed by the admin itself (frame-ancestors follows X-Frame-Options,
# which Wagtail sets to SAMEORIGIN on preview views only). Still nothing from other hosts.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# The admin asks no outside host: no check for new Wagtail releases (upgrades come through
# uv.lock), and only the site's own time zone (the full list holds names, such as
# "localtime", that browsers reject, which breaks the account page's script).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every background task logs its start and end; only problems are worth reading.
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}

ADMIN_TITLE = _("Samverkan Lund")

# Background work (Django's task framework, as Wagtail uses it). Wagtail's own small jobs run
# at once; mail goes through a stored queue that `manage.py db_worker --backend outbox` works
# off, so nothing is lost while the mail server is down (lundsite/outbox.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "outbox": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
