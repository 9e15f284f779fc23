"""One address per language for a RoutablePage's sub-route that is named per language.

A route served in several languages has a name per language, the source language's plain
and the others with a suffix (`ideas` at `ideer/`, `ideas_en` at `ideas/`; see
language_switch.route_names). The routes belong to the page type, so without this every
page answers at all of them: the Swedish page at `ideas/` too. With it a page answers at its
own language's address, sends a reader who follows another's there with a permanent
redirect (an old link keeps working), and names no other language's address (what lists a
page's addresses, such as the benchmark, gets only its own).
"""

from functools import partial
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, ResolverMatch


def _other_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def route_language(name: str, names: set[str]) -> str | None:
    """The language whose address the route `name` is, or None for a route every language
    shares (a thank-you page with one address)."""
    for code in _other_codes():
        if name.endswith(f"_{code}"):
            return code
    if any(f"{name}_{code}" in names for code in _other_codes()):
        return settings.LANGUAGE_CODE
    return None


def route_in_language(name: str, language_code: str, names: set[str]) -> str:
    """The name of the same route in `language_code`."""
    base = name
    for code in _other_codes():
        base = base.removesuffix(f"_{code}")
    own = f"{base}_{language_code}"
    return own if language_code != settings.LANGUAGE_CODE and own in names else base


class OneAddressPerLanguageMixin:
    """Put before RoutablePageMixin."""

    @classmethod
    def route_names(cls) -> set[str]:
        return {pattern.name for pattern in cls.get_subpage_urls() if pattern.name}

    def _is_other_languages(self, name: str | None) -> bool:
        language = route_language(name or "", self.route_names())
        return language is not None and language != self.locale.language_code

    def reverse_subpage(self, name: str, args=None, kwargs=None) -> str:
        if self._is_other_languages(name):
            raise NoReverseMatch(f"{name!r} is another language's address of this page")
        return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def resolve_subpage(self, path: str) -> ResolverMatch:
        match = super().resolve_subpage(path)
        if self._is_other_languages(match.url_name):
            match.func = partial(self._to_own_address, match.url_name)
        return match

    def _to_own_address(
        self, name: str, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        own = route_in_language(name, self.locale.language_code, self.route_names())
        url = self.get_url(request) + self.reverse_subpage(own, args=args, kwargs=kwargs)
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
