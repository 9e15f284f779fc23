"""Wagtail's routing, remembered: an address leads to the same page until the site changes.

Wagtail finds a page by walking the tree two queries per path segment, after looking up the
site, the locale and the root page; lundsite.route_walk does that walk in one query where
it can. This view remembers, per site version (which every move, slug change, delete and
settings change moves on), which page an address leads to; a request then needs one query
to load that page. A publish changes no address: a page unpublished since is refused when
it is loaded (Wagtail then walks the tree), and an address that led nowhere was never kept.
Wagtail's own `serve` does the rest (hooks, view restrictions), reading the route primed on
the request.
"""

import hashlib

from django.apps import apps
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from lundsite import cache_tags, route_walk
from lundsite.fragment_cache import site_version
from lundsite.locales import locale_by_id
from lundsite.page_sql import page_by_id

ROUTE_TIMEOUT = 24 * 3600


# Wagtail's own page pattern, but not its utility views under _util/.
SERVE_PATTERN = r"^(?!_util/)((?:[\w\-]+/)*)$"


def serve(request: HttpRequest, path: str) -> HttpResponse:
    # Finding the page walks the tree (`get_children` at each step): the page served does
    # not show those lists, and addresses change only with the site version.
    with cache_tags.narrowed():
        prime_route(request, path)
    return wagtail_views.serve(request, path)


def _walk(request: HttpRequest, path: str, components: list[str]) -> RouteResult | None:
    site = Site.find_for_request(request)
    if site is not None:
        route = route_walk.route(request, site, components)
        if route is not route_walk.ASK_WAGTAIL:
            request._wagtail_route_for_request = route
            return route
    return Page.route_for_request(request, path)


def _key(request: HttpRequest, path: str) -> str:
    # Hashed: an address may be longer than a cache key should be.
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    return f"lundsite:route:{site_version()}:{request.get_host()}:{get_language()}:{digest}"


def prime_route(request: HttpRequest, path: str) -> None:
    components = [component for component in path.split("/") if component]
    key = _key(request, path)
    entry = cache.get(key)
    if entry is None:
        route = _walk(request, path, components)
        site = getattr(request, "_wagtail_site", None)
        # Only addresses that lead somewhere: unknown ones are endless in number.
        if route is not None and site is not None:
            page = route[0]
            consumed = page.depth - site.root_page.depth
            cache.set(key, (site, page._meta.label, page.pk, consumed), ROUTE_TIMEOUT)
        return
    site, label, page_id, consumed = entry
    request._wagtail_site = site
    try:
        page = page_by_id(apps.get_model(label), page_id)
        if page is None:
            raise Page.DoesNotExist
        # With its locale: a page's language is read on most pages (forms, switcher).
        page.locale = locale_by_id(page.locale_id)
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except (LookupError, Page.DoesNotExist, Http404):
        # The model or page went away since: Wagtail walks the tree as it always did.
        del request._wagtail_site
