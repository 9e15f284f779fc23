"""Site search at /sok/ (and /en/search/): every page type, in the reader's language.

The search page is a page of its own so that editors write its texts in both languages.
Wagtail's database backend does the searching (lundsite/word_search.py): every word is a
prefix, so "förening" finds "föreningslotsen" on SQLite as on PostgreSQL, where the Swedish
configuration also stems ("kvinnojourens" finds "Kvinnojouren"). Titles rank first.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from lundsite import cache_tags
from lundsite.fragment_cache import site_version
from lundsite.page_sql import pages_by_ids
from lundsite.pages import BasePage
from lundsite.word_search import MAX_QUERY_LENGTH, ranked, search_terms

PER_PAGE = 10
SNIPPET_WORDS = 30
SEARCH_CACHE_SECONDS = 300

DEFAULT_LABEL = _("Sida")


def result_label(page: Page) -> str:
    """What kind of page a result is, as each page type names itself."""
    return str(getattr(page, "search_result_label", DEFAULT_LABEL))


@dataclass(frozen=True)
class SearchResult:
    page: Page
    label: str
    snippet: str

    @property
    def date(self):
        return self.page.last_published_at or self.page.first_published_at


def to_result(page: Page) -> SearchResult:
    lead = page.get_lead() if hasattr(page, "get_lead") else page.search_description
    return SearchResult(
        page=page,
        label=result_label(page),
        snippet=Truncator(lead or "").words(SNIPPET_WORDS, truncate=" …"),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Sök på webbplatsen"), required=False, max_length=1000)

    def query(self) -> str:
        """The words to search for, as the reader typed them; overlong input is cut rather
        than refused."""
        if not self.is_valid():
            return ""
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_LENGTH]


def search_pages(query: str, locale_id: int, exclude: Page | None = None):
    """Live, public pages in one language that match the query, best first."""
    # The private sections from the cache, where Wagtail's public() reads them every time.
    # (Imported here: lundsite.models imports this module before the cache's settings.)
    from lundsite.view_restrictions import public_pages

    pages = public_pages(Page.objects.live().filter(locale_id=locale_id))
    if exclude is not None:
        pages = pages.exclude(id=exclude.id)
    return ranked(pages, query)


class _Hits:
    """One page of cached hits, standing in for the whole result list: Paginator needs only
    its length and the slice of the page it asks for."""

    def __init__(self, count: int, ids: list[tuple[int, int]]) -> None:
        self.total = count
        self.ids = ids

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, item):
        return self.ids


def found_page(terms: str, locale_id: int, exclude: Page, number: str | None) -> PaginatorPage:
    """One page of (id, content type) matches, best first: kept for a while per normalised
    query, page, language and site version, so a popular search is not run again for every
    reader; any publish retires it (`cache_tags.ANY_PAGE`), so it shows in the results at
    once. Only the page read is loaded, never every match."""
    digest = hashlib.sha256(f"{terms}\x00{number}".encode()).hexdigest()
    key = f"lundsite:search:{locale_id}:{site_version()}:{digest}"

    def search() -> tuple[int, int, list[tuple[int, int]]]:
        # Any page may match, whatever its type.
        cache_tags.add(cache_tags.ANY_PAGE)
        found = search_pages(terms, locale_id, exclude=exclude)
        # get_page() turns "?page=abc" into the first page and one past the end into the last.
        page = Paginator(found, PER_PAGE).get_page(number)
        ids = [(match.id, match.content_type_id) for match in page.object_list]
        return (page.paginator.count, page.number, ids)

    count, page_number, ids = cache_tags.cached(key, search, SEARCH_CACHE_SECONDS)
    return Paginator(_Hits(count, ids), PER_PAGE).page(page_number)


def specific_in_order(results: PaginatorPage) -> list[Page]:
    """The found pages as their own types, in the order found: one query per page type
    among them, where `page.specific` would take one per page, each with the SQL Django
    made for that type and number the first time (lundsite.page_sql)."""
    by_type: dict[int, list[int]] = defaultdict(list)
    for page_id, content_type_id in results.object_list:
        by_type[content_type_id].append(page_id)
    specific: dict[int, Page] = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # a page type whose code has been removed
            continue
        specific.update(pages_by_ids(model, ids))
    return [specific[page_id] for page_id, _ in results.object_list if page_id in specific]


class SearchPage(BasePage):
    """The search page. Its title and texts are the editors'; the results are the site's."""

    no_results_text = models.TextField(
        _("text när inget hittas"),
        max_length=600,
        default="Kontrollera stavningen eller pröva ett annat ord. Du kan också gå till "
        "startsidan eller kontakta föreningslotsen.",
        help_text=_("Visas när sökningen inte ger några träffar."),
    )

    subpage_types: list[str] = []
    max_count_per_parent = 1
    # The search page says nothing worth finding by searching.
    search_fields: list = []
    content_panels = [*BasePage.content_panels, FieldPanel("no_results_text")]
    template = "lundsite/search_page.html"

    class Meta:
        verbose_name = _("söksida")
        verbose_name_plural = _("söksidor")

    def query_in_language(self, query: QueryDict, language_code: str) -> QueryDict:
        """For the language switcher: the search words and page carry over."""
        kept = QueryDict(mutable=True)
        for name in query:
            if name in ("q", "page"):
                kept.setlist(name, query.getlist(name))
        return kept

    def results(self, request: HttpRequest) -> tuple[SearchForm, str, PaginatorPage | None]:
        form = SearchForm(request.GET)
        query = form.query()
        if not query:
            return form, "", None
        terms = search_terms(query)
        if not terms:
            return form, query, Paginator([], PER_PAGE).get_page(1)
        results = found_page(terms, self.locale_id, self, request.GET.get("page"))
        results.object_list = [to_result(page) for page in specific_in_order(results)]
        return form, query, results

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = SearchForm(request.GET)
        query = form.query()
        # Searched only when the template draws the results: results kept for these words
        # and this page (`search_key`) are not searched for nor read again.
        results = SimpleLazyObject(lambda: self.results(request)[2])
        search_key = urlencode({"q": query, "page": request.GET.get("page", "")})
        response = TemplateResponse(
            request,
            self.get_template(request),
            {
                **self.get_context(request),
                "form": form,
                "query": query,
                "results": results,
                "search_key": search_key,
            },
        )
        if request.GET:
            # Searches are endless in number: not indexed. The page cache keeps them as it
            # keeps any page (until the next publish); the results themselves are kept per
            # normalised query, so "Lund" and " lund " share one search.
            response["X-Robots-Tag"] = "noindex"
        return response
