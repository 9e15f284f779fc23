"""The register's filters: GET parameters that anyone can share as a link."""

import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.filtered_listing import ListingFilterForm, cached_choices, live_pages_by_slug
from lundsite.word_search import matching
from partnerships.iop.agreements import STATUS_LABELS, IOPAgreementQuerySet, Status
from partnerships.parties import MunicipalBody, Organisation
from principles.models import PrinciplePage, PriorityAreaPage

FIRST_YEAR = 2000
# The first is the default: readers come for agreements that are going on now.
SORTS = [("status", _("Pågående först")), ("newest", _("Nyast först")), ("end", _("Slutdatum"))]


def board_groups(locale: Locale | int) -> list[tuple[str, list[tuple[str, str]]]]:
    """Nämnder and förvaltningar as separate groups (optgroups): they are different kinds of
    party, and a reader looking for one should not have to read past the other."""
    groups: dict[str, list[tuple[str, str]]] = {kind: [] for kind in MunicipalBody.Kind.values}
    bodies = MunicipalBody.objects.filter(locale=locale).values_list("slug", "name", "kind")
    for slug, name, kind in bodies:
        groups.setdefault(kind, []).append((slug, name))
    labels = {
        MunicipalBody.Kind.BOARD: _("Nämnder"),
        MunicipalBody.Kind.ADMINISTRATION: _("Förvaltningar"),
    }
    return [(labels.get(kind, kind), choices) for kind, choices in groups.items() if choices]


class RegisterFilterForm(ListingFilterForm):
    filters = ("q", "board", "organisation", "area", "principle", "status", "year")
    # Priority areas are pages, whose slugs differ per language (parties' slugs do not).
    page_slug_filters = {"area": PriorityAreaPage, "principle": PrinciplePage}

    q = forms.CharField(label=_("Sök"), required=False, max_length=100)
    board = forms.ChoiceField(label=_("Kommunal part"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    area = forms.ChoiceField(label=_("Prioriterat område"), required=False)
    principle = forms.ChoiceField(
        label=_("Beskriver principen"),
        required=False,
        error_messages={"invalid_choice": _("Välj en av de sex principerna i listan.")},
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    year = forms.IntegerField(label=_("Gäller under år"), required=False)
    sort = forms.ChoiceField(label=_("Sortera"), required=False, choices=SORTS)

    def __init__(self, data, locale: Locale | int, **kwargs) -> None:
        super().__init__(data, locale, **kwargs)
        everything = [("", _("Alla"))]
        self.fields["board"].choices = everything + cached_choices(
            "iop-boards", locale, lambda: board_groups(locale)
        )
        self.fields["organisation"].choices = everything + cached_choices(
            "iop-organisations",
            locale,
            lambda: list(Organisation.objects.filter(locale=locale).values_list("slug", "name")),
        )
        self.areas = live_pages_by_slug(PriorityAreaPage, locale)
        self.fields["area"].choices = everything + [
            (slug, area.title) for slug, area in self.areas.items()
        ]
        self.principles = live_pages_by_slug(PrinciplePage, locale)
        self.fields["principle"].choices = everything + [
            (slug, principle.title) for slug, principle in self.principles.items()
        ]
        self.fields["status"].choices = everything + [
            (status.value, label) for status, label in STATUS_LABELS.items()
        ]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is not None and not FIRST_YEAR <= year <= datetime.date.today().year + 20:
            raise forms.ValidationError(
                _("Välj ett år mellan %(first)s och %(last)s.")
                % {
                    "first": FIRST_YEAR,
                    "last": datetime.date.today().year + 20,
                }
            )
        return year

    def apply(self, agreements: IOPAgreementQuerySet, data: dict[str, Any]) -> IOPAgreementQuerySet:
        if data["q"]:
            # The site search's words and word forms, parties' names included (the
            # agreement's search_fields; lundsite/word_search.py).
            agreements = matching(agreements, data["q"])
        if data["board"]:
            agreements = agreements.with_party("municipal_bodies", data["board"])
        if data["organisation"]:
            agreements = agreements.with_party("organisations", data["organisation"])
        if data["area"]:
            agreements = agreements.for_area(self.areas[data["area"]])
        if data["principle"]:
            agreements = agreements.for_principle(self.principles[data["principle"]])
        if data["status"]:
            agreements = agreements.with_status(Status(data["status"]))
        if data["year"]:
            agreements = agreements.during_year(data["year"])
        return agreements

    def order(self, agreements: IOPAgreementQuerySet, data: dict[str, Any]) -> IOPAgreementQuerySet:
        if data.get("sort") == "end":
            return agreements.ending_first()
        if data.get("sort") == "newest":
            return agreements.newest_first()
        return agreements.ongoing_first()
