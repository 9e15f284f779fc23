"""The one way a page lists things that readers filter: form → queryset → page → noindex.

Filters are GET parameters, shareable and working without JavaScript. A filter form checks
them; an unknown or broken value matches nothing and the list's template says so by the field.
Such a view still answers 200: it is a page with a form to put right, and every query string
gives the page (tests/fuzz); noindex keeps it out of search engines.
Filtered and paged views are endless in number and say nothing the plain list doesn't, so
they are marked noindex, here and only here. A list without filters (an organisation's
agreements) pages with `page_of` and `is_paged` as the mixin does.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as ListPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from wagtail.models import Locale, Page

from lundsite import cache_tags
from lundsite.fragment_cache import site_version
from lundsite.locales import locale_of
from lundsite.page_sql import pages_where

T = TypeVar("T")
CHOICES_TIMEOUT = 24 * 3600


def cached_choices(name: str, locale: Locale | int, build: Callable[[], T]) -> T:
    """A filter's choices (parties, categories, areas), read once per language and site
    version instead of on every view of the list. Saving a snippet moves the site version
    on (lundsite.fragment_cache); publishing a page of a type the choices list retires them
    (lundsite.cache_tags), so new choices show at once."""
    locale_id = getattr(locale, "pk", locale)
    key = f"lundsite:choices:{name}:{locale_id}:{site_version()}"
    return cache_tags.cached(key, build, CHOICES_TIMEOUT)


def live_pages_by_slug(model: type[Page], locale: Locale | int) -> dict[str, Page]:
    """The live pages of a type (priority areas, principles) in a language by slug, in the
    tree's order: the choices of a filter on them and what each choice stands for. They are
    plain pages (title, slug, address, translation key), not of their own type: that is all
    a filter, its choices and a card's links read."""
    return _live_pages_by_locale(model).get(getattr(locale, "pk", locale), {})


def _live_pages_by_locale(model: type[Page]) -> dict[int, dict[str, Page]]:
    # Every language in one entry: a filtered list's language switch reads the other
    # language's slugs too, which was a query of its own. In SQL (lundsite.page_sql):
    # read as their own type, with the ORM, the pages took five times as long.
    def read() -> dict[int, dict[str, Page]]:
        cache_tags.add(f"type:{model._meta.label}")  # as `.live()` on the type notes
        content_type = ContentType.objects.get_for_model(model)
        by_locale: dict[int, dict[str, Page]] = {}
        for page in pages_where("content_type_id = %s AND live = %s", [content_type.pk, True]):
            by_locale.setdefault(page.locale_id, {})[page.slug] = page
        return by_locale

    key = f"lundsite:choices:{model._meta.label_lower}-by-slug:{site_version()}"
    return cache_tags.cached(key, read, CHOICES_TIMEOUT)


class ListingFilterForm(forms.Form):
    """Binds a list's GET parameters. Subclasses name their `filters` and say in `apply`
    what each does, and in `order` how the result is sorted."""

    filters: tuple[str, ...] = ()
    # Filters whose values are slugs of pages: a page's slug differs per language, so the
    # language switcher carries such a filter over through the page's translation_key.
    page_slug_filters: dict[str, type[Page]] = {}

    def __init__(self, data, locale: Locale | int, **kwargs: Any) -> None:
        """`locale` may be a Locale or its id: the choices need no more than the id."""
        super().__init__(data, **kwargs)
        self.locale = locale

    def full_clean(self) -> None:
        super().full_clean()
        # Tie each refused value's message (shown by its field) to the field itself, so a
        # screen reader reads them together.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"

    @property
    def is_filtered(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in self.filters)

    def apply(self, items: QuerySet, data: dict[str, Any]) -> QuerySet:
        return items

    def order(self, items: QuerySet, data: dict[str, Any]) -> QuerySet:
        return items

    def filter(self, items: QuerySet) -> QuerySet:
        """The items that match, in order; none at all when the filters are not valid."""
        if not self.is_bound:
            return self.order(items, {})
        if not self.is_valid():
            return items.none()
        return self.order(self.apply(items, self.cleaned_data), self.cleaned_data)

    @classmethod
    def query_in_language(cls, query: QueryDict, locale_id: int, language_code: str) -> QueryDict:
        """The same filters, read in the locale `locale_id`, for the list in another language;
        other values stay as they are (snippets keep their slug in every language), and
        parameters that are not the list's own are left behind."""
        translated = QueryDict(mutable=True)
        for name in query:
            if name in cls.base_fields or name == "page":
                translated.setlist(name, query.getlist(name))
        target = locale_of(language_code)
        for name, model in cls.page_slug_filters.items():
            # From the cached maps of live pages by slug: the switcher of every filtered
            # view asks, and would otherwise query for it on each page-cache miss.
            source = live_pages_by_slug(model, locale_id).get(query.get(name) or "")
            if source is None or target is None:
                continue
            for slug, page in live_pages_by_slug(model, target).items():
                if page.translation_key == source.translation_key:
                    translated[name] = slug
        return translated


PER_PAGE = 20


def page_of(items: QuerySet, request: HttpRequest, per_page: int = PER_PAGE) -> ListPage:
    """The page of `items` the reader asked for. get_page() turns "?page=abc" into the first
    page and one past the end into the last."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def filter_query(form: ListingFilterForm, request: HttpRequest) -> str:
    """The list's own parameters from the query string, in one order, without its page:
    what its pagination and exports carry on. Parameters the list does not read (a
    campaign's utm_source) are left behind: they would be kept in the list's fragment and
    shown to the next reader."""
    names = [name for name in sorted(request.GET) if name in form.base_fields]
    return urlencode([(name, value) for name in names for value in request.GET.getlist(name)])


def list_key(form: ListingFilterForm, request: HttpRequest) -> str | None:
    """What a list drawn for this request is kept under, beside its page and language: its
    filters (`filter_query`) and the page asked for. None when a filter is refused: such a
    page shows the reader's own values and messages, and is not worth keeping."""
    if form.is_bound and not form.is_valid():
        return None
    return urlencode({"filters": filter_query(form, request), "page": request.GET.get("page", "")})


def is_paged(request: HttpRequest) -> bool:
    """A page of a list other than its plain address: kept out of search engines."""
    return "page" in request.GET


class FilteredListingMixin:
    """For a page that lists its items with a `ListingFilterForm`."""

    filter_form_class: type[ListingFilterForm]
    listing_template: str
    per_page = PER_PAGE

    def listing_items(self) -> QuerySet:
        raise NotImplementedError

    def for_listing(self, items: QuerySet) -> QuerySet:
        """What the list's template needs beyond the items themselves (related rows)."""
        return items

    def query_in_language(self, query: QueryDict, language_code: str) -> QueryDict:
        """For the language switcher: this list's query string in another language."""
        return self.filter_form_class.query_in_language(query, self.locale_id, language_code)

    def filter_form(self, request: HttpRequest) -> ListingFilterForm:
        return self.filter_form_class(request.GET or None, locale=self.locale_id)

    def filtered(self, request: HttpRequest) -> tuple[ListingFilterForm, QuerySet]:
        form = self.filter_form(request)
        return form, form.filter(self.listing_items())

    def render_listing(self, request: HttpRequest) -> TemplateResponse:
        form = self.filter_form(request)
        # Made and read only when the template draws the list: a list kept as a fragment for
        # this query (`list_key`) is neither built, counted nor read again. Its tags (the
        # type listed) are then noted inside the fragment, which hands them on when read.
        results = SimpleLazyObject(
            lambda: page_of(
                self.for_listing(form.filter(self.listing_items())), request, self.per_page
            )
        )
        noindex = form.is_bound and (form.is_filtered or is_paged(request) or not form.is_valid())
        response = TemplateResponse(
            request,
            self.listing_template,
            {
                **self.get_context(request),
                "form": form,
                "results": results,
                "query": filter_query(form, request),
                "is_filtered": form.is_filtered,
                "noindex": noindex,
                "list_key": list_key(form, request),
            },
        )
        if noindex:
            response["X-Robots-Tag"] = "noindex"
        return response
