"""The filters of Frivilligkraft's list: GET parameters that anyone can share as a link."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.filtered_listing import ListingFilterForm, cached_choices
from lundsite.word_search import matching
from partnerships.frivilligkraft.assignments import AssignmentQuerySet, District, Schedule
from partnerships.frivilligkraft.categories import AssignmentCategory


class AssignmentFilterForm(ListingFilterForm):
    filters = ("q", "category", "district", "schedule")

    q = forms.CharField(label=_("Sök"), required=False, max_length=100)
    category = forms.ChoiceField(label=_("Kategori"), required=False)
    district = forms.ChoiceField(
        label=_("Var"), required=False, choices=[("", _("Alla")), *District.choices]
    )
    schedule = forms.ChoiceField(
        label=_("När"), required=False, choices=[("", _("Alla")), *Schedule.choices]
    )

    def __init__(self, data, locale: Locale | int, **kwargs) -> None:
        super().__init__(data, locale, **kwargs)
        self.fields["category"].choices = [("", _("Alla"))] + cached_choices(
            "assignment-categories",
            locale,
            lambda: list(
                AssignmentCategory.objects.filter(locale=locale).values_list("slug", "name")
            ),
        )

    def apply(self, assignments: AssignmentQuerySet, data: dict[str, Any]) -> AssignmentQuerySet:
        if data["q"]:
            # The site search's words and word forms (lundsite/word_search.py).
            assignments = matching(assignments, data["q"])
        if data["category"]:
            assignments = assignments.filter(category__slug=data["category"])
        if data["district"]:
            assignments = assignments.filter(district=data["district"])
        if data["schedule"]:
            assignments = assignments.filter(schedule=data["schedule"])
        return assignments

    def order(self, assignments: AssignmentQuerySet, data: dict[str, Any]) -> AssignmentQuerySet:
        return assignments.soonest_first()
