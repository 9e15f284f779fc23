"""Whole pages for anonymous readers, served from the cache in one read.

The key is made from the request alone, so a cached page costs a single cache read: the
absolute address (host, path and query string; the language is in the path) and whether
the reader accepts gzip (GZipMiddleware compresses for exactly those, so a reader without
gzip never gets a compressed body). Nothing else may vary: a response that names another
header in `Vary` is not kept. `Vary: Accept-Language`, which Django's LocaleMiddleware adds
to unprefixed Swedish addresses, is dropped: the language follows the path.

Readers with a session of this site (an editor, a message waiting) never get nor make
cached pages. Other cookies (an analytics cookie set by the municipality's main site, the
CSRF cookie) are not part of the key, so they neither miss the cache nor split it per value.

A page is kept until something it shows is published (lundsite.cache_tags: the tags noted
while it was made), the site version moves on (lundsite.fragment_cache), or ten minutes
pass; browsers may keep it for a minute.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_cache_control

from lundsite import cache_tags, context_vars, read_ahead
from lundsite.fragment_cache import VERSION_KEY, request_version, site_version

BROWSER_MAX_AGE = 60
# Cookies that change what a page shows: a login (or a session holding a notice) and the
# messages framework's own cookie. Anything else the browser sends is someone else's.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# What a kept page may name in Vary: the key holds the encoding; cookies that matter keep
# the reader away from the cache; the language is the path's.
KEYED_VARY = frozenset({"accept-encoding", "cookie", "accept-language"})


def is_personal(request) -> bool:
    return any(name in request.COOKIES for name in PERSONAL_COOKIES)


def page_key(request) -> str:
    gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    encoding = "gzip" if gzip else "identity"
    address = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False)
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}:{encoding}:{address.hexdigest()}"


def drop_accept_language(response) -> None:
    if response.has_header("Vary"):
        kept = [
            v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"
        ]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


def _keepable(request, response) -> bool:
    if (
        request.method != "GET"
        or response.status_code != 200
        or response.streaming
        or response.cookies  # never keep a page that hands out a cookie
        or is_personal(request)
    ):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache", "max-age=0")):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return vary <= KEYED_VARY


def _from_cache(entry) -> HttpResponse:
    content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response.headers[name] = value
    return response


class UpdatePageCacheMiddleware:
    """Outermost: keeps what the inner middleware and the view made."""

    def __init__(self, get_response):
        self.get_response = get_response
        # The server keeps a page until what it shows changes (or this long); browsers briefly.
        self.page_timeout = settings.CACHE_MIDDLEWARE_SECONDS

    def __call__(self, request):
        response = self.get_response(request)
        try:
            return self.process_response(request, response)
        finally:
            _end_request(request)

    def process_response(self, request, response):
        # Static files come with whitenoise's own Cache-Control (a year and `immutable`
        # for hashed names): leave those alone.
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        ):
            patch_cache_control(response, max_age=BROWSER_MAX_AGE)
        drop_accept_language(response)
        key = getattr(request, "_page_cache_key", None)
        collector = getattr(request, "_cache_tags_collector", None)
        if key and collector is not None and _keepable(request, response):
            entry = (response.content, list(response.items()))
            cache_tags.keep(
                settings.CACHE_MIDDLEWARE_ALIAS,
                key,
                entry,
                self.page_timeout,
                collector,
                extra_tags=(cache_tags.ALL_PAGES,),
            )
        return response


def _end_request(request) -> None:
    """Ends what the request began (FetchPageCacheMiddleware): its entries are recorded
    under their tags, the keys it read remembered, its collector and version let go."""
    # Writes first: an entry is stored before it is recorded, so that a retire since the
    # request began (seen when recording ends) deletes what was stored.
    for name, end in (
        ("_read_ahead_token", read_ahead.end),
        ("_recording_token", cache_tags.end_recording),
        ("_cache_tags_token", cache_tags.end),
        ("_site_version_token", lambda token: context_vars.reset(request_version, token)),
    ):
        token = getattr(request, name, None)
        if token is not None:
            delattr(request, name)
            end(token)


class FetchPageCacheMiddleware:
    """Placed right after whitenoise: a cached page needs no session, locale, CSRF, user or
    redirect lookup. The stored page already carries every header the inner middleware
    set (CSP, X-Frame-Options); the outer ones (security, permissions policy) run again."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches[settings.CACHE_MIDDLEWARE_ALIAS]

    def __call__(self, request):
        return self.process_request(request) or self.get_response(request)

    def process_request(self, request):
        if request.method not in ("GET", "HEAD"):
            return None
        key = None
        if not is_personal(request):
            key = page_key(request)
            entry = self.cache.get(key)
            if entry is not None:
                return _from_cache(entry)
            request._page_cache_key = key
        # The page is made: one read of the site version and the retire counter for the
        # whole request. A page kept at the end is recorded under what it showed, unless
        # something was retired since this read. With them comes the list of what the
        # page read the last time it was made, to read it all at once (lundsite.read_ahead).
        live_keys = [VERSION_KEY, cache_tags.RETIRED_KEY]
        manifest_key = read_ahead.manifest_key(key) if key else None
        state = cache.get_many(live_keys + ([manifest_key] if key else []))
        if key:
            request._read_ahead_token = read_ahead.begin(
                caches["default"], key, state.get(manifest_key), never=live_keys
            )
        version = state.get(VERSION_KEY)
        request._site_version_token = request_version.set(
            version if version is not None else site_version()
        )
        started = state.get(cache_tags.RETIRED_KEY)
        request._cache_tags_token = cache_tags.begin(started)
        request._recording_token = cache_tags.begin_recording(started)
        request._cache_tags_collector = cache_tags.current()
        return None
