"""The one way a page lists things that readers filter: form → queryset → page → noindex.

Filters are GET parameters, shareable and working without JavaScript. A filter form checks
them; unknown or broken values are no error for the reader, they simply match nothing.
Filtered and paged views are endless in number and say nothing the plain list doesn't, so
they are marked noindex, here and only here.
"""

from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from wagtail.models import Locale


class ListingFilterForm(forms.Form):
    """Binds a list's GET parameters. Subclasses name their `filters` and say in `apply`
    what each does, and in `order` how the result is sorted."""

    filters: tuple[str, ...] = ()

    def __init__(self, data, locale: Locale | int, **kwargs: Any) -> None:
        """`locale` may be a Locale or its id: the choices need no more than the id."""
        super().__init__(data, **kwargs)
        self.locale = locale

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


class FilteredListingMixin:
    """For a page that lists its items with a `ListingFilterForm`."""

    filter_form_class: type[ListingFilterForm]
    listing_template: str
    per_page = 20

    def listing_items(self) -> QuerySet:
        raise NotImplementedError

    def for_listing(self, items: QuerySet) -> QuerySet:
        """What the list's template needs beyond the items themselves (related rows)."""
        return items

    def filtered(self, request: HttpRequest) -> tuple[ListingFilterForm, QuerySet]:
        form = self.filter_form_class(request.GET or None, locale=self.locale_id)
        return form, form.filter(self.listing_items())

    def render_listing(self, request: HttpRequest) -> TemplateResponse:
        form, items = self.filtered(request)
        # get_page() turns "?page=abc" into the first page and one past the end into the last.
        results = Paginator(self.for_listing(items), self.per_page).get_page(
            request.GET.get("page")
        )
        query = request.GET.copy()
        query.pop("page", None)
        noindex = form.is_filtered or (form.is_bound and "page" in request.GET)
        response = TemplateResponse(
            request,
            self.listing_template,
            {
                **self.get_context(request),
                "form": form,
                "results": results,
                "query": query.urlencode(),
                "is_filtered": form.is_filtered,
                "noindex": noindex,
            },
        )
        if noindex:
            response["X-Robots-Tag"] = "noindex"
        return response
