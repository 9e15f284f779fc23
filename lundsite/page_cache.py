"""Whole pages for anonymous readers, served from the cache.

Django's own cache middleware does the work; its cache alias ("pages") builds every key
with the site version of `lundsite.fragment_cache`, so publishing anything retires every
cached page at once. Browsers may keep a page for a minute only.

What a cached page may differ by, and nothing more:
- the path and query string (the language is in the path, so `Vary: Accept-Language`, which
  Django's LocaleMiddleware adds to unprefixed Swedish addresses, is dropped);
- whether the reader has a session of this site (an editor, a message waiting): such readers
  never get nor make cached pages. Other cookies (an analytics cookie set by the
  municipality's main site, the CSRF cookie) are not part of the key, so they neither miss
  the cache nor split it per value.
"""

from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

from lundsite.fragment_cache import request_version, site_version

BROWSER_MAX_AGE = 60
# Cookies that change what a page shows: a login (or a session holding a notice) and the
# messages framework's own cookie. Anything else the browser sends is someone else's.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def versioned_key(key: str, key_prefix: str, version: int) -> str:
    return f"{key_prefix}:{version}:{site_version()}:{key}"


def is_personal(request) -> bool:
    return any(name in request.COOKIES for name in PERSONAL_COOKIES)


class _KeyOfTheAddress:
    """While Django builds the cache key: the Cookie header hidden, so every anonymous
    reader shares one key whatever cookies their browser carries (`Vary: Cookie`); and the
    language of the address active, which Django adds to the key. The key is read before
    LocaleMiddleware has run (FetchPageCacheMiddleware sits early), so the language is
    taken from the path as LocaleMiddleware would."""

    def __init__(self, request) -> None:
        self.meta = request.META
        self.language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE

    def __enter__(self) -> None:
        self.cookie = self.meta.pop("HTTP_COOKIE", None)
        self.previous = translation.get_language()
        translation.activate(self.language)

    def __exit__(self, *exc) -> None:
        if self.cookie is not None:
            self.meta["HTTP_COOKIE"] = self.cookie
        if self.previous:
            translation.activate(self.previous)
        else:
            translation.deactivate()


def drop_accept_language(response) -> None:
    if response.has_header("Vary"):
        kept = [
            v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"
        ]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        # The server keeps a page until the site changes (or this long); browsers briefly.
        self.page_timeout = settings.CACHE_MIDDLEWARE_SECONDS

    def process_response(self, request, response):
        try:
            return self._process_response(request, response)
        finally:
            token = getattr(request, "_site_version_token", None)
            if token is not None:
                try:
                    request_version.reset(token)
                except ValueError:  # run in another context (ASGI's thread hops)
                    request_version.set(None)
                del request._site_version_token

    def _process_response(self, request, response):
        # Static files come with whitenoise's own Cache-Control (a year and `immutable`
        # for hashed names): leave those alone.
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        ):
            patch_cache_control(response, max_age=BROWSER_MAX_AGE)
        drop_accept_language(response)
        if is_personal(request) or response.cookies:
            # Never store a page made for one reader, nor one that hands out a cookie.
            return response
        with _KeyOfTheAddress(request):
            return super().process_response(request, response)


class FetchPageCacheMiddleware(FetchFromCacheMiddleware):
    """Placed right after whitenoise: a cached page needs no session, locale, CSRF, user or
    redirect lookup. The stored page already carries every header the inner middleware
    set (CSP, X-Frame-Options); the outer ones (security, permissions policy) run again."""

    def process_request(self, request):
        if request.method in ("GET", "HEAD"):
            # One read of the site version for the whole request; a page stored at the end
            # is kept under the version it was made from.
            request._site_version_token = request_version.set(site_version())
        if is_personal(request):
            request._cache_update_cache = False
            return None
        with _KeyOfTheAddress(request):
            return super().process_request(request)
