"""Where the visible language switcher leads: the same page, the same sub-route (a form of a
RoutablePage) and the same query (filters, search words) in the other language.

Kept apart from the page-level links, which are cached and also serve as hreflang
alternates: those name the page alone, without a query, while the switcher follows the
reader's request and is worked out for each request.
"""

from dataclasses import replace
from typing import Protocol, TypeVar

from django.conf import settings
from django.http import HttpRequest, QueryDict
from django.urls import NoReverseMatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


class Link(Protocol):
    code: str
    url: str
    is_current: bool
    is_translation: bool


L = TypeVar("L", bound=Link)


def route_names(url_name: str, language_code: str) -> list[str]:
    """A route served in several languages is named per language, the source language's
    plainly and the others with a suffix (`post`, `post_en`): the names to try, best first."""
    base = url_name
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE and base.endswith(f"_{code}"):
            base = base.removesuffix(f"_{code}")
    if language_code == settings.LANGUAGE_CODE:
        return [base]
    return [f"{base}_{language_code}", base]


def sub_route(page: Page, request: HttpRequest, language_code: str) -> str:
    """The part of the address after the page, for the route the reader is on."""
    match = getattr(request, "routable_resolver_match", None)
    if not isinstance(page, RoutablePageMixin) or match is None or not match.url_name:
        return ""
    for name in route_names(match.url_name, language_code):
        try:
            # The translation is a page of the same type, with the type's routes; this page
            # itself may refuse to name another language's address (language_routes.py).
            return type(page).get_resolver().reverse(name, *match.args, **match.kwargs)
        except NoReverseMatch:
            continue
    return ""


def query_for(page: Page | None, request: HttpRequest, language_code: str) -> str:
    """Only lists and search say which of their parameters carry over (filters, search words,
    page); one-off ones such as a receipt or a thank-you stay behind."""
    translate = getattr(page, "query_in_language", None)
    if not request.GET or translate is None:
        return ""
    query: QueryDict = translate(request.GET, language_code)
    return "?" + query.urlencode() if query else ""


def same_place(link: L, page: Page | None, request: HttpRequest) -> L:
    """The link to where the reader is, in the link's language; a link that only leads to
    the other language's home page (no translation) stays as it is."""
    if link.is_current or not link.is_translation:
        return link
    url = link.url
    if page is not None:
        url += sub_route(page, request, link.code)
    return replace(link, url=url + query_for(page, request, link.code))
