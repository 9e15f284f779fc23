"""Whole pages for anonymous readers, served from the cache.

Django's own cache middleware does the work; its cache alias ("pages") builds every key
with the site version of `lundsite.fragment_cache`, so publishing anything retires every
cached page at once. Browsers may keep a page for a minute only.
"""

from django.conf import settings
from django.middleware.cache import UpdateCacheMiddleware
from django.utils.cache import patch_cache_control

from lundsite.fragment_cache import site_version

BROWSER_MAX_AGE = 60


def versioned_key(key: str, key_prefix: str, version: int) -> str:
    return f"{key_prefix}:{version}:{site_version()}:{key}"


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        # The server keeps a page until the site changes (or this long); browsers briefly.
        self.page_timeout = settings.CACHE_MIDDLEWARE_SECONDS

    def process_response(self, request, response):
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, max_age=BROWSER_MAX_AGE)
        return super().process_response(request, response)
