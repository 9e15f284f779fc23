"""Header, breadcrumbs and language links, built from the page tree of the reader's language."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from lundsite import fragment_cache

register = template.Library()


@register.simple_tag
def site_version() -> int:
    """For cache keys of fragments that show pages or settings of the whole site."""
    return fragment_cache.site_version()


@register.simple_tag
def fragment_timeout(page: Page | None) -> int:
    """Cache the header of Wagtail pages for a day; other views (search, errors) not at
    all, since their addresses are unbounded and would fill the cache."""
    return 86400 if isinstance(page, Page) else 0


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no translation and the link leads to that language's home page.
    is_translation: bool


def _locale_root(request: HttpRequest) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    language = get_language() or settings.LANGUAGE_CODE
    if root.locale.language_code == language:
        return root
    return root.get_translation_or_none(Locale.objects.filter(language_code=language).first())


@register.simple_tag(takes_context=True)
def home_page(context) -> Page | None:
    """The home page in the reader's language."""
    return _locale_root(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    root = _locale_root(context["request"])
    if root is None:
        return []
    return list(root.get_children().live().public().in_menu().specific(defer=True))


@register.simple_tag
def breadcrumbs(page: Page) -> list[Page]:
    """The page's ancestors from the home page down, without the tree's invisible root."""
    return list(page.get_ancestors().filter(depth__gt=1))


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """For each language, the same page in that language, else that language's home page."""
    request = context["request"]
    page = context.get("page")
    current = get_language() or settings.LANGUAGE_CODE
    translations: dict[str, Page] = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        is_translation = True
        if code in translations:
            url = translations[code].get_url(request)
        elif page is None:
            url = translate_url(request.get_full_path(), code)
        else:
            is_translation = False
            home = Site.find_for_request(request).root_page
            localized = home.get_translation_or_none(Locale.objects.get(language_code=code))
            url = localized.get_url(request) if localized else "/"
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links
