"""The top of the reader's tree, read in one query: the home page, its children and the
footer's pages.

The logo, the menu, the search field, the breadcrumbs of most pages and the footer all
show pages from the top of the tree, and each asked the database on its own: four to ten
queries on a page-cache miss with cold fragments, more in English, where every `.localized`
asked again. One query reads them all. It is kept per site, language and site version,
until one of its pages is published (their tags) or a page is published under the home
page (`children:`) or a translation of it (`translations:`).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page, Site

from lundsite import cache_tags, site_memory
from lundsite.fragment_cache import site_version
from lundsite.locales import active_locale
from lundsite.page_sql import PAGE_TABLE, pages_where, translation_key_param
from lundsite.view_restrictions import restricted_paths

KEEP_SECONDS = 86400
REQUEST_ATTRIBUTE = "_lundsite_top_of_tree"


@dataclass(frozen=True)
class TopOfTree:
    """What the top of one language's tree holds; `None` answers mean "not up here"."""

    home: Page | None
    # The home page's children, live or not, in the tree's order.
    children: tuple[Page, ...] = ()
    # The footer's pages (lundsite.models.ContactSettings) in the reader's language.
    footer_pages: tuple[Page, ...] = ()
    # The page on personal data, which every form links to, in the reader's language.
    privacy_page: Page | None = None

    def menu(self) -> list[Page]:
        private = restricted_paths()
        return [
            page
            for page in self.children
            if page.live and page.show_in_menus and not page.path.startswith(private)
        ]

    def first_live(self, model: type[Page]) -> Page | None:
        """The first live child of a page type (the search page), or None."""
        return next(
            (page for page in self.children if page.live and page.specific_class is model), None
        )

    def ancestors_of(self, page: Page) -> list[Page] | None:
        """A page's ancestors below the tree's root, for pages up to two steps below the
        home page; None for deeper pages or pages of another tree."""
        home = self.home
        if home is None or not page.path.startswith(home.path) or page.depth <= home.depth:
            return None
        if page.depth == home.depth + 1:
            return [home]
        if page.depth > home.depth + 2:
            return None
        parent_path = page.path[: -page.steplen]
        parent = next((child for child in self.children if child.path == parent_path), None)
        return None if parent is None else [home, parent]


def for_request(request: HttpRequest) -> TopOfTree:
    """The top of the tree for the request's site and language, read once per request."""
    kept = getattr(request, REQUEST_ATTRIBUTE, {})
    # "2": the value's second shape (with the privacy page); entries of the first expire.
    key = f"lundsite:top-of-tree:2:{request.get_host()}:{get_language()}:{site_version()}"
    tagged = kept.get(key)
    if tagged is None:
        tagged = cache.get(key)
        if not isinstance(tagged, cache_tags.Tagged):
            with cache_tags.collecting() as collector:
                value = _read(request)
            tagged = cache_tags.Tagged(value, frozenset(collector.tags))
            cache_tags.keep("default", key, tagged, KEEP_SECONDS, collector)
        kept[key] = tagged
        setattr(request, REQUEST_ATTRIBUTE, kept)
    # Every page and fragment that shows the top of the tree goes when it changes.
    cache_tags.add(*tagged.tags)
    return tagged.value


def _read(request: HttpRequest) -> TopOfTree:
    site = Site.find_for_request(request)
    if site is None:
        return TopOfTree(home=None)
    root = site.root_page
    locale_id = active_locale().pk
    accessibility_id, privacy_id = _footer_page_ids(request)
    footer_ids = [pk for pk in (accessibility_id, privacy_id) if pk]
    # Narrowed: the tags are the ones added below, not those of "a list of every page".
    with cache_tags.narrowed():
        pages = pages_where(*_top_query(root, locale_id, footer_ids))
    home = next((page for page in pages if page.depth == root.depth), None)
    if home is None:
        # No live translation of the home page: Wagtail's `.localized` shows the site's own.
        home = root
        with cache_tags.narrowed():
            pages += list(root.get_children())
    cache_tags.add(f"children:{home.path}", f"translations:{root.translation_key}")
    by_pk = {page.pk: page for page in pages}
    children = tuple(
        page for page in by_pk.values() if page.depth == home.depth + 1 and page.is_child_of(home)
    )
    footer = {pk: _in_language(by_pk[pk], pages, locale_id) for pk in footer_ids if pk in by_pk}
    return TopOfTree(
        home=home,
        children=children,
        footer_pages=tuple(footer.values()),
        privacy_page=footer.get(privacy_id),
    )


def _top_query(root: Page, locale_id: int, footer_ids: list[int]) -> tuple[str, list]:
    """The home page in the language, its children and the footer's pages.

    In SQL (lundsite.page_sql): built with the ORM, the query took longer to put together
    than to run, on every page made cold. The children are a range of tree paths at one
    depth, which the index of migration lundsite 0007 finds at once (`startswith` with a
    pattern from a query reads them all)."""
    in_language = "translation_key = %s AND locale_id = %s AND live = %s"
    home_path = f"(SELECT path FROM {PAGE_TABLE} WHERE {in_language} LIMIT 1)"
    footer = f" OR id IN ({', '.join(['%s'] * len(footer_ids))})" if footer_ids else ""
    where = (
        f"({in_language})"
        f" OR (depth = %s AND path > {home_path} AND path < ({home_path} || 'ZZZZ'))"
        f"{footer}"
    )
    in_language_params = [translation_key_param(root.translation_key), locale_id, True]
    params = [*in_language_params, root.depth + 1, *in_language_params, *in_language_params]
    return where, [*params, *footer_ids]


def _footer_page_ids(request: HttpRequest) -> tuple[int | None, int | None]:
    """The accessibility and privacy pages' ids (None where none is chosen)."""
    # Imported here: lundsite.models imports the page types that use this module.
    from lundsite.models import ContactSettings

    def read() -> tuple[int | None, int | None]:
        contact = ContactSettings.for_request(request)
        return contact.accessibility_page_id, contact.privacy_page_id

    # Saving the settings moves the site version on.
    site = Site.find_for_request(request)
    return site_memory.remembered("footer-pages", (getattr(site, "pk", None),), read)


def _in_language(page: Page, pages: list[Page], locale_id: int) -> Page:
    """The page in the reader's language where it is up here, else as `.localized` finds it."""
    cache_tags.add(f"translations:{page.translation_key}")
    if page.locale_id == locale_id:
        return page
    translated = next(
        (
            other
            for other in pages
            if other.translation_key == page.translation_key and other.locale_id == locale_id
        ),
        None,
    )
    if translated is not None and translated.live:
        return translated
    return page.localized
