"""The yearly follow-up: /uppfoljning/ lists the years, /uppfoljning/<year>/ shows one.

Editors write each year's commentary; the figures, charts and CSV files come from live data
(partnerships.followup.figures) and are never typed in.
"""

import csv
import io

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail_localize.fields import SynchronizedField

from lundsite import cache_tags
from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.dcat import jsonld_response
from lundsite.fragment_cache import site_version
from lundsite.models import ContactSettings
from lundsite.pages import BasePage
from lundsite.view_restrictions import CachedRestrictionsQuerySet
from partnerships.followup import dcat
from partnerships.followup.charts import bar_chart
from partnerships.followup.figures import Table, YearFigures, year_figures

# Figures that change without a publish (an answered interest, a new idea) may lag this long.
FIGURES_TIMEOUT = 15 * 60
SECTIONS = [
    ("agreements", _("IOP-avtal")),
    ("ideas", _("Idéer till föreningslotsen")),
    ("assignments", _("Frivilliguppdrag")),
    ("interests", _("Svar till volontärer")),
]

FollowUpPageManager = PageManager.from_queryset(CachedRestrictionsQuerySet)


def cached_year_figures(year: int) -> YearFigures:
    """One year's figures in the active language, kept per site version until any page is
    published: they count agreements, assignments and events of every kind."""
    language = translation.get_language() or "sv"
    key = f"followup:figures:{year}:{language}:{site_version()}"

    def figures() -> YearFigures:
        cache_tags.add(cache_tags.ANY_PAGE)
        return year_figures(year, language)

    return cache_tags.cached(key, figures, FIGURES_TIMEOUT)


def csv_response(table: Table, filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([table.label_column.key, *[column.key for column in table.columns]])
    for row in table.rows:
        values = [row.values.get(column.key) for column in table.columns]
        writer.writerow([row.label, *["" if value is None else value for value in values]])
    # The byte order mark lets Excel open the file as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def table_cells(table: Table) -> list[tuple[str, list]]:
    """Each row's label and its values in the order of the columns, as the template shows them."""
    return [
        (row.label, [row.values.get(column.key) for column in table.columns]) for row in table.rows
    ]


class FollowUpIndexPage(RoutablePageMixin, BasePage):
    subpage_types = ["partnerships.FollowUpYearPage"]
    max_count_per_parent = 1
    template = "partnerships/followup/index_page.html"
    content_panels = BasePage.content_panels

    class Meta:
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")

    def years(self):
        return FollowUpYearPage.objects.child_of(self).live().public().order_by("-year")

    @path("")
    def index(self, request: HttpRequest) -> HttpResponse:
        return self.serve(request)

    @re_path(r"^dcat\.jsonld/$", name="dcat")
    def dcat(self, request: HttpRequest) -> HttpResponse:
        contact = ContactSettings.for_request(request)
        return jsonld_response(dcat.follow_up_catalog(self, request, contact))


class FollowUpYearPage(RoutablePageMixin, BasePage):
    year = models.PositiveSmallIntegerField(
        _("år"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Året som sidan följer upp. Sidans adress blir året, till exempel 2022."),
    )
    commentary = RichTextField(
        _("kommentar"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Vad siffrorna säger om året, med egna ord. Siffrorna räknas fram automatiskt."
        ),
    )

    objects = FollowUpPageManager()
    template = "partnerships/followup/year_page.html"
    parent_page_types = ["partnerships.FollowUpIndexPage"]
    subpage_types: list[str] = []
    override_translatable_fields = [SynchronizedField("year")]
    content_panels = [*BasePage.content_panels, FieldPanel("year"), FieldPanel("commentary")]

    class Meta:
        verbose_name = _("uppföljning av ett år")
        verbose_name_plural = _("uppföljningar av år")

    def full_clean(self, *args, **kwargs) -> None:
        # The address is the year, in every language, so /uppfoljning/2022/ always works.
        if self.year:
            self.slug = str(self.year)
        super().full_clean(*args, **kwargs)

    def example_item_urls(self) -> list[str]:
        """The year's first table as CSV, for `make bench` and the query budget
        (lundsite.benchmark)."""
        tables = cached_year_figures(self.year).tables
        if not tables:
            return []
        route = self.reverse_subpage("table_csv", kwargs={"slug": tables[0].slug})
        # Addresses of files have no slash at the end (lundsite.file_routes).
        return [self.url + route.removesuffix("/")]

    @path("")
    def year_view(self, request: HttpRequest) -> HttpResponse:
        figures = cached_year_figures(self.year)
        sections = [
            {
                "key": key,
                "title": title,
                "tables": [
                    {"table": table, "chart": bar_chart(table), "cells": table_cells(table)}
                    for table in figures.tables
                    if table.slug.startswith(key + "-")
                ],
            }
            for key, title in SECTIONS
        ]
        context = {**self.get_context(request), "figures": figures, "sections": sections}
        return TemplateResponse(request, self.get_template(request), context)

    @re_path(r"^(?P<slug>[a-z-]{1,60})\.csv/$", name="table_csv")
    def table_csv(self, request: HttpRequest, slug: str) -> HttpResponse:
        table = cached_year_figures(self.year).table(slug)
        if table is None:
            raise Http404
        return csv_response(table, f"uppfoljning-{self.year}-{slug}")
