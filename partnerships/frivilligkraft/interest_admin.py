"""Frivilligkraft's view of volunteers' interests in the admin.

Coordinators see the interests per assignment, mark them answered, and find those that have
waited more than five working days, so that no volunteer is left without an answer.
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn

from lundsite.submission_admin import SubmissionViewSet
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.interest import ANSWER_WITHIN_WORKING_DAYS, Interest

UNANSWERED = "unanswered"
WAITING = "waiting"
ANSWERED = "answered"


class InterestFilterSet(WagtailFilterSet):
    answer = django_filters.ChoiceFilter(
        label=_("Svar"),
        empty_label=_("Alla"),
        choices=[
            (UNANSWERED, _("Inte besvarade")),
            (WAITING, _("Har väntat mer än 5 arbetsdagar")),
            (ANSWERED, _("Besvarade")),
        ],
        method="filter_answer",
    )
    assignment = django_filters.ModelChoiceFilter(
        label=_("Uppdrag"),
        queryset=AssignmentPage.objects.filter(interests__isnull=False)
        .distinct()
        .order_by("title"),
    )

    class Meta:
        model = Interest
        fields = ["answer", "assignment"]

    def filter_answer(self, queryset, name: str, value: str):
        if value == UNANSWERED:
            return queryset.unanswered()
        if value == WAITING:
            return queryset.waiting_too_long()
        if value == ANSWERED:
            return queryset.filter(answered_at__isnull=False)
        return queryset


class InterestViewSet(SubmissionViewSet):
    model = Interest
    icon = "group"
    menu_label = _("Intresseanmälningar")
    menu_order = 310
    filterset_class = InterestFilterSet
    search_fields = ["name", "email", "message"]
    list_display = [
        "name",
        Column("assignment", label=_("uppdrag")),
        DateColumn("created_at", label=_("skickad")),
        DateColumn("answered_at", label=_("besvarad")),
    ]
    panels = [
        FieldPanel("assignment", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("phone", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("answered_at"),
    ]


class WaitingInterestsPanel(Component):
    """On the coordinators' dashboard: how many volunteers are still waiting for an answer."""

    name = "interests_waiting"
    order = 40
    template_name = "partnerships/frivilligkraft/admin/waiting_interests_panel.html"

    def get_context_data(self, parent_context=None) -> dict:
        waiting = Interest.objects.waiting_too_long(timezone.localdate())
        return {
            "count": waiting.count(),
            "days": ANSWER_WITHIN_WORKING_DAYS,
            "filter": WAITING,
        }
