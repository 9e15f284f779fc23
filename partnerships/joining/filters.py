"""The filters of the list of joined associations: name and priority area, as GET parameters."""

from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.filtered_listing import ListingFilterForm, live_pages_by_slug
from partnerships.parties import Organisation
from principles.models import PriorityAreaPage


def in_area(organisations: QuerySet, area: PriorityAreaPage) -> QuerySet:
    """Organisations with an agreement or an assignment in the area. A translation of an
    agreement may point at either language's snippet and area page, so both ends are
    matched on their translation_key."""
    area_key = area.translation_key
    # One subquery per relation: both in one query joined every agreement of an
    # organisation with every assignment of it, and took a tenth of a second at volume.
    through_agreements = Organisation.objects.filter(
        iop_agreements__priority_areas__translation_key=area_key
    ).values("translation_key")
    through_assignments = Organisation.objects.filter(
        assignments__priority_areas__translation_key=area_key
    ).values("translation_key")
    return organisations.filter(
        Q(translation_key__in=through_agreements) | Q(translation_key__in=through_assignments)
    )


class JoinedFilterForm(ListingFilterForm):
    filters = ("q", "area")
    page_slug_filters = {"area": PriorityAreaPage}

    q = forms.CharField(label=_("Sök på namn"), required=False, max_length=100)
    area = forms.ChoiceField(label=_("Prioriterat område"), required=False)

    def __init__(self, data, locale: Locale | int, **kwargs) -> None:
        super().__init__(data, locale, **kwargs)
        self.areas = live_pages_by_slug(PriorityAreaPage, locale)
        self.fields["area"].choices = [("", _("Alla"))] + [
            (slug, area.title) for slug, area in self.areas.items()
        ]

    def apply(self, organisations: QuerySet, data: dict[str, Any]) -> QuerySet:
        if data["q"]:
            organisations = organisations.filter(name__icontains=data["q"])
        if data["area"]:
            organisations = in_area(organisations, self.areas[data["area"]])
        return organisations

    def order(self, organisations: QuerySet, data: dict[str, Any]) -> QuerySet:
        return organisations.order_by("name")
