"""The filters of Frivilligkraft's list: GET parameters that anyone can share as a link."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from partnerships.assignment_categories import AssignmentCategory
from partnerships.assignment_pages import AssignmentQuerySet, District, Schedule

FILTERS = ("q", "category", "district", "schedule")


class AssignmentFilterForm(forms.Form):
    """Unknown values are not errors for the reader: they simply match nothing."""

    q = forms.CharField(label=_("Sök"), required=False, max_length=100)
    category = forms.ChoiceField(label=_("Kategori"), required=False)
    district = forms.ChoiceField(
        label=_("Var"), required=False, choices=[("", _("Alla")), *District.choices]
    )
    schedule = forms.ChoiceField(
        label=_("När"), required=False, choices=[("", _("Alla")), *Schedule.choices]
    )

    def __init__(self, data, locale: Locale | int, **kwargs) -> None:
        """`locale` may be a Locale or its id: the choices need no more than the id."""
        super().__init__(data, **kwargs)
        self.fields["category"].choices = [("", _("Alla"))] + list(
            AssignmentCategory.objects.filter(locale=locale).values_list("slug", "name")
        )

    @property
    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in FILTERS)

    def filter(self, assignments: AssignmentQuerySet) -> AssignmentQuerySet:
        if not self.is_valid():
            return assignments.none()
        data = self.cleaned_data
        if data["q"]:
            assignments = assignments.search_text(data["q"])
        if data["category"]:
            assignments = assignments.filter(category__slug=data["category"])
        if data["district"]:
            assignments = assignments.filter(district=data["district"])
        if data["schedule"]:
            assignments = assignments.filter(schedule=data["schedule"])
        return assignments
