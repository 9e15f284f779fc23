"""Header, breadcrumbs and language links, built from the page tree of the reader's language."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import Page, Site

from lundsite import cache_tags, fragment_cache, top_of_tree
from lundsite.language_switch import same_place
from lundsite.locales import locale_by_id, locale_of
from lundsite.page_sql import pages_where, translation_key_param

register = template.Library()


@register.simple_tag
def site_version() -> int:
    """For cache keys of fragments that show pages or settings of the whole site."""
    return fragment_cache.site_version()


def fragment_seconds(page: Page | None) -> int:
    """Cache fragments of Wagtail pages for a day; other views (search, errors) not at all,
    since their addresses are unbounded and would fill the cache."""
    return 86400 if isinstance(page, Page) else 0


@register.simple_tag(takes_context=True)
def fragment_timeout(context: template.Context, page: Page | None) -> int:
    """As fragment_seconds, but a preview is never cached: it shows a draft. Templates put
    the result in the fragment's key too, so a preview never reads what the live page kept."""
    if getattr(context.get("request"), "is_preview", False):
        return 0
    return fragment_seconds(page)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no translation and the link leads to that language's home page.
    is_translation: bool


@register.simple_tag(takes_context=True)
def home_page(context) -> Page | None:
    """The home page in the reader's language."""
    return top_of_tree.for_request(context["request"]).home


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """The home page's public children that are shown in menus."""
    return top_of_tree.for_request(context["request"]).menu()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page: Page) -> list[Page]:
    """The page's ancestors from the home page down, without the tree's invisible root;
    kept per page and site version (a move), until one of them is published (their tags).
    Made from the top of the tree where they are all up there, else with a query."""

    def build() -> list[Page]:
        ancestors = top_of_tree.for_request(context["request"]).ancestors_of(page)
        if ancestors is None:
            ancestors = list(page.get_ancestors().filter(depth__gt=1))
        return ancestors

    # A small entry of its own: a page made with warm fragments reads neither the top of
    # the tree nor the database for it.
    return cache_tags.cached(
        f"lundsite:breadcrumbs:{page.pk}:{site_version()}", build, fragment_seconds(page)
    )


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """For each language, the same page in that language, else that language's home page.
    Without the query string: these are also the page's hreflang alternates."""
    return _kept_page_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def switcher_links(context) -> list[LanguageLink]:
    """The visible switcher: the page's links, as kept, carried to the reader's sub-route
    and query, which vary with every request and so stay out of any cache key."""
    request = context["request"]
    page = context.get("page")
    return [same_place(link, page, request) for link in _kept_page_links(request, page)]


def _kept_page_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    """The page's links, kept as the header fragments are: the alternates in the head and
    the switcher in the header read the same entry."""
    if not isinstance(page, Page):
        return _page_links(request, page)
    key = f"language-links:{get_language()}:{request.get_host()}:{page.pk}:{site_version()}"
    return cache_tags.cached(key, lambda: _page_links(request, page), fragment_seconds(page))


def _page_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    current = get_language() or settings.LANGUAGE_CODE
    translations: dict[str, Page] = {}
    if isinstance(page, Page):
        for translation in _live_translations(page):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        is_translation = True
        if code in translations:
            url = translations[code].get_url(request)
        elif page is None:
            url = translate_url(request.path, code)
        else:
            is_translation = False
            home = Site.find_for_request(request).root_page
            localized = home.get_translation_or_none(locale_of(code))
            url = localized.get_url(request) if localized else "/"
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


def _live_translations(page: Page) -> list[Page]:
    """The page in every language it is live in, itself included. In SQL (lundsite.page_sql),
    with the locales from memory: built with the ORM, the query took longer to put together
    than to run, on every page made cold."""
    cache_tags.add(f"translations:{page.translation_key}")
    translations = pages_where(
        "translation_key = %s AND live = %s", [translation_key_param(page.translation_key), True]
    )
    for translation in translations:
        translation.locale = locale_by_id(translation.locale_id)
    return translations


@register.simple_tag
def on_this_page(body) -> list[tuple[str, str]]:
    """The anchors and texts of a body's h2 headings, for the "on this page" list; the
    heading block gives each the same anchor (templates/blocks/heading.html)."""
    return [
        (slugify(block.value["text"]), block.value["text"])
        for block in body or []
        if block.block_type == "heading"
        and block.value["level"] != "h3"
        and slugify(block.value["text"])
    ]


@register.simple_tag(takes_context=True)
def footer_pages(context) -> tuple[Page, ...]:
    """The footer's pages from the settings (accessibility, privacy) in the reader's language."""
    return top_of_tree.for_request(context["request"]).footer_pages


@register.simple_tag(takes_context=True)
def privacy_page(context) -> Page | None:
    """The page on personal data in the reader's language, which every form links to."""
    return top_of_tree.for_request(context["request"]).privacy_page
