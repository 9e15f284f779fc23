"""The associations that have joined the agreement, at /overenskommelsen/anslutna/."""

from typing import Any

from django.apps import apps
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.filtered_listing import FilteredListingMixin
from lundsite.pages import BasePage
from partnerships.joining.filters import JoinedFilterForm
from partnerships.parties import Organisation


def live_page_in_locale(label: str, locale_id: int) -> Page | None:
    """The live page of type `label` in a language, named by label so that no wing is
    imported (the organisations' pages, the joining form)."""
    return apps.get_model(label).objects.live().filter(locale_id=locale_id).first()


class JoinedListPage(FilteredListingMixin, RoutablePageMixin, BasePage):
    body = RichTextField(
        _("text under listan"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Till exempel vad det betyder att vara ansluten och hur man ansluter sig."),
    )

    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("lista över anslutna föreningar")
        verbose_name_plural = _("listor över anslutna föreningar")

    filter_form_class = JoinedFilterForm
    listing_template = "partnerships/joining/joined_list_page.html"
    per_page = 25

    def listing_items(self) -> QuerySet:
        return Organisation.objects.filter(locale_id=self.locale_id, has_joined=True)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        # Read when the list is drawn, not when it is read from the cache.
        context["organisation_index"] = SimpleLazyObject(
            lambda: live_page_in_locale("partnerships.OrganisationIndexPage", self.locale_id)
        )
        context["joining_page"] = SimpleLazyObject(
            lambda: live_page_in_locale("partnerships.JoiningFormPage", self.locale_id)
        )
        return context

    @path("")
    def joined(self, request: HttpRequest) -> HttpResponse:
        return self.render_listing(request)
