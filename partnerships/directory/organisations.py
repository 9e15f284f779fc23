"""The organisations' public pages at /organisationer/<slug>/ (en /en/organisations/<slug>/).

An organisation is a snippet, not a page: one index page serves each of them by its slug,
in the index page's language. What the page lists comes through the reverse relations on
Organisation, and the ideas (which name their organisation only by its number) from the
föreningslots' page found by its label, so this wing names no other wing.
"""

from django.apps import apps
from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from lundsite.filtered_listing import is_paged, page_of
from lundsite.pages import BasePage
from lundsite.view_restrictions import public_pages
from partnerships.parties import Organisation


def paged(request: HttpRequest, pages: QuerySet) -> dict:
    """One page of a party's agreements (a large party has hundreds), for the template and
    its pagination; a page other than the first is kept out of search engines, as a list's
    pages are (lundsite.filtered_listing). The page is read only when the template draws
    it: one kept for this `list_key` is not read again."""
    return {
        "agreements": SimpleLazyObject(lambda: page_of(pages, request)),
        "noindex": is_paged(request),
        "list_key": urlencode({"page": request.GET.get("page", "")}),
    }


def with_noindex(response: TemplateResponse) -> TemplateResponse:
    if response.context_data["noindex"]:
        response["X-Robots-Tag"] = "noindex"
    return response


def related_pages(party_model: type, accessor: str, party, locale_id: int) -> QuerySet:
    """Live public pages in `locale_id` that name `party` (in any of its languages) through
    the reverse relation `accessor`. An English agreement may still point at the Swedish
    snippet, so the match is on the party's translation_key."""
    page_model = party_model._meta.get_field(accessor).related_model
    lookup = party_model._meta.get_field(accessor).field.name
    pages = page_model.objects.live().filter(
        locale_id=locale_id, **{f"{lookup}__translation_key": party.translation_key}
    )
    return public_pages(pages).distinct()


def public_ideas(organisation: Organisation, locale_id: int) -> list:
    """The organisation's ideas shown in public, as (idea, address) pairs: the idea shows
    itself with `{% include idea.template %}`, as the föreningslots' list does."""
    form_page = apps.get_model("partnerships.InitiativeFormPage")
    return form_page.ideas_of_organisation(organisation.organisation_number, locale_id)


class OrganisationIndexPage(RoutablePageMixin, BasePage):
    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = BasePage.content_panels

    class Meta:
        verbose_name = _("organisationernas sidor")
        verbose_name_plural = _("organisationernas sidor")

    def organisations(self) -> QuerySet:
        return Organisation.objects.filter(locale_id=self.locale_id).order_by("name")

    def sitemap_subpages(self) -> list[tuple[str, str]]:
        """Each organisation's page for /sitemap.xml, keyed to pair with its translation."""
        return [
            (
                self.reverse_subpage("organisation", kwargs={"slug": party.slug}),
                party.translation_key,
            )
            for party in self.organisations()
        ]

    def example_item_urls(self) -> list[str]:
        """The page of the organisation with the most agreements, for `make bench` and the
        query budget (lundsite.benchmark)."""
        organisation = (
            self.organisations().annotate(count=Count("iop_agreements")).order_by("-count").first()
        )
        if organisation is None:
            return []
        return [self.url + self.reverse_subpage("organisation", kwargs={"slug": organisation.slug})]

    @path("")
    def index(self, request: HttpRequest) -> HttpResponse:
        return TemplateResponse(
            request,
            "partnerships/directory/organisation_index.html",
            {**self.get_context(request), "organisations": self.organisations()},
        )

    @path("<str:slug>/", name="organisation")
    def organisation(self, request: HttpRequest, slug: str) -> HttpResponse:
        # A NUL byte or an overlong slug names no organisation; PostgreSQL refuses the NUL.
        if "\x00" in slug or len(slug) > 100:
            raise Http404
        organisation = self.organisations().filter(slug=slug).first()
        if organisation is None:
            raise Http404
        agreements = related_pages(Organisation, "iop_agreements", organisation, self.locale_id)
        assignments = related_pages(Organisation, "assignments", organisation, self.locale_id)
        response = TemplateResponse(
            request,
            "partnerships/directory/organisation_page.html",
            {
                **self.get_context(request),
                **paged(request, agreements.order_by("title")),
                "organisation": organisation,
                "assignments": assignments.open().order_by("last_day", "title"),
                "public_ideas": SimpleLazyObject(
                    lambda: public_ideas(organisation, self.locale_id)
                ),
            },
        )
        return with_noindex(response)
