"""What editors see in the admin about the pages themselves: readers' answers to "Hjälpte
informationen på sidan dig?", and pages nobody has reviewed for over a year."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from lundsite.feedback import PageFeedback
from lundsite.pages import BasePage

REVIEW_AFTER_DAYS = 365
PANEL_LIMIT = 20
EDITORS = ["add", "change", "publish"]


class FeedbackReportView(ReportView):
    """One row per page that readers have answered about."""

    page_title = _("Svar om sidorna")
    header_icon = "help"
    index_url_name = "lundsite_feedback:report"
    index_results_url_name = "lundsite_feedback:report_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = EDITORS
    no_results_message = _("Ingen läsare har svarat ännu.")
    columns = [
        TitleColumn(
            "title",
            label=_("Sida"),
            get_url=lambda page: reverse("lundsite_feedback:comments", args=[page.pk]),
        ),
        LocaleColumn(label=_("Språk")),
        Column("yes_count", label=_("Ja")),
        Column("no_count", label=_("Nej")),
        Column("comment_count", label=_("Kommentarer")),
        DateColumn("latest", label=_("Senaste svar")),
    ]
    list_export = ["title", "url_path", "yes_count", "no_count", "comment_count", "latest"]
    export_headings = {
        "title": _("Sida"),
        "url_path": _("Adress"),
        "yes_count": _("Ja"),
        "no_count": _("Nej"),
        "comment_count": _("Kommentarer"),
        "latest": _("Senaste svar"),
    }

    def get_queryset(self):
        return (
            Page.objects.annotate(
                yes_count=Count("feedback", filter=Q(feedback__helpful=True)),
                no_count=Count("feedback", filter=Q(feedback__helpful=False)),
                comment_count=Count("feedback", filter=~Q(feedback__comment="")),
                latest=Max("feedback__created_at"),
            )
            .filter(latest__isnull=False)
            .select_related("locale")
            .order_by("-latest")
        )


class PageFeedbackView(ReportView):
    """Every answer about one page, newest first, with the readers' comments."""

    header_icon = "help"
    permission_policy = PagePermissionPolicy()
    any_permission_required = EDITORS
    no_results_message = _("Ingen läsare har svarat om sidan ännu.")
    columns = [
        DateColumn("created_at", label=_("Skickat")),
        Column(
            "answer", label=_("Svar"), accessor=lambda item: _("Ja") if item.helpful else _("Nej")
        ),
        Column("comment", label=_("Kommentar")),
    ]
    list_export = ["created_at", "helpful", "comment"]
    export_headings = {
        "created_at": _("Skickat"),
        "helpful": _("Hjälpte"),
        "comment": _("Kommentar"),
    }

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"])

    def get_page_title(self) -> str:
        return _("Svar om ”%(title)s”") % {"title": self.page.title}

    def get_index_url(self) -> str:
        return reverse("lundsite_feedback:comments", args=[self.page.pk])

    def get_index_results_url(self) -> str:
        return reverse("lundsite_feedback:comments_results", args=[self.page.pk])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("lundsite_feedback:report"), "label": FeedbackReportView.page_title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).order_by("-created_at")


@dataclass(frozen=True)
class StalePage:
    page: Page
    reviewed_at: datetime.date | None


def pages_to_review(today: datetime.date | None = None) -> tuple[list[StalePage], int]:
    """Live pages last reviewed over a year ago, or never reviewed and first published over
    a year ago; oldest first. Returns the first ones and how many there are in all."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=REVIEW_AFTER_DAYS)
    stale = Q(reviewed_at__lt=cutoff) | Q(
        reviewed_at__isnull=True, first_published_at__date__lt=cutoff
    )
    found: list[tuple[datetime.date, int, datetime.date | None]] = []
    # reviewed_at lives on each page type's own table: ask each type.
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            for pk, reviewed, published in (
                model.objects.live()
                .filter(stale)
                .values_list("pk", "reviewed_at", "first_published_at")
            ):
                found.append((reviewed or timezone.localdate(published), pk, reviewed))
    found.sort()
    first = found[:PANEL_LIMIT]
    pages = Page.objects.select_related("locale").in_bulk([pk for _date, pk, _reviewed in first])
    return [StalePage(pages[pk], reviewed) for _date, pk, reviewed in first if pk in pages], len(
        found
    )


class ReviewPanel(Component):
    name = "pages_to_review"
    order = 60
    template_name = "lundsite/admin/review_panel.html"

    def get_context_data(self, parent_context=None):
        pages, total = pages_to_review()
        return {"pages": pages, "total": total, "more": total - len(pages)}
