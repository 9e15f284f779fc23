"""Organisers' view of the registrations in the admin, with a CSV export per event.

The group Evenemangsarrangörer may only view them (migration 0007); the list's export
button writes what is filtered, so an organiser picks the event and exports its list.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn

from lundsite.submission_admin import SubmissionViewSet
from partnerships.events.event import EventPage
from partnerships.events.registration import Registration, RegistrationStatus


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Evenemang"),
        queryset=EventPage.objects.filter(registrations__isnull=False)
        .distinct()
        .order_by("-starts_at"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), empty_label=_("Alla"), choices=RegistrationStatus.choices
    )

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationViewSet(SubmissionViewSet):
    model = Registration
    icon = "date"
    menu_label = _("Anmälningar till evenemang")
    menu_order = 320
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    list_display = [
        "name",
        Column("organisation", label=_("organisation")),
        Column("event", label=_("evenemang")),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("anmäld")),
    ]
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "dietary_needs",
        "accessibility_needs",
        "status",
        "created_at",
        "cancelled_at",
    ]
    export_headings = {
        "event": _("Evenemang"),
        "name": _("Namn"),
        "email": _("E-post"),
        "organisation": _("Organisation"),
        "dietary_needs": _("Specialkost"),
        "accessibility_needs": _("Tillgänglighet"),
        "status": _("Status"),
        "created_at": _("Anmäld"),
        "cancelled_at": _("Avbokad"),
    }
    export_filename = "anmalningar"
    list_per_page = 50
    panels = [
        FieldPanel("event", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("dietary_needs", read_only=True),
        FieldPanel("accessibility_needs", read_only=True),
        FieldPanel("status", read_only=True),
    ]
