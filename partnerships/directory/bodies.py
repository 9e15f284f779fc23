"""The municipal bodies' public pages at /forvaltningar/<slug>/ (en /en/municipal-bodies/<slug>/):
each nämnd and förvaltning with its contact path for associations and its agreements."""

from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from lundsite.pages import BasePage
from partnerships.directory.organisations import paged, related_pages, with_noindex
from partnerships.parties import MunicipalBody


class MunicipalBodyIndexPage(RoutablePageMixin, BasePage):
    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = BasePage.content_panels

    class Meta:
        verbose_name = _("nämndernas och förvaltningarnas sidor")
        verbose_name_plural = _("nämndernas och förvaltningarnas sidor")

    def bodies(self) -> QuerySet:
        return MunicipalBody.objects.filter(locale_id=self.locale_id).order_by("kind", "name")

    def sitemap_subpages(self) -> list[tuple[str, str]]:
        """Each body's page for /sitemap.xml, keyed to pair with its translation."""
        return [
            (self.reverse_subpage("body", kwargs={"slug": party.slug}), party.translation_key)
            for party in self.bodies()
        ]

    def example_item_urls(self) -> list[str]:
        """The page of the body with the most agreements, for `make bench` and the query
        budget (lundsite.benchmark)."""
        body = self.bodies().annotate(count=Count("iop_agreements")).order_by("-count").first()
        if body is None:
            return []
        return [self.url + self.reverse_subpage("body", kwargs={"slug": body.slug})]

    @path("")
    def index(self, request: HttpRequest) -> HttpResponse:
        return TemplateResponse(
            request,
            "partnerships/directory/body_index.html",
            {**self.get_context(request), "bodies": self.bodies()},
        )

    @path("<str:slug>/", name="body")
    def body(self, request: HttpRequest, slug: str) -> HttpResponse:
        # A NUL byte or an overlong slug names no body; PostgreSQL refuses the NUL.
        if "\x00" in slug or len(slug) > 100:
            raise Http404
        body = self.bodies().filter(slug=slug).first()
        if body is None:
            raise Http404
        agreements = related_pages(MunicipalBody, "iop_agreements", body, self.locale_id)
        response = TemplateResponse(
            request,
            "partnerships/directory/body_page.html",
            {
                **self.get_context(request),
                **paged(request, agreements.order_by("title")),
                "body": body,
            },
        )
        return with_noindex(response)
