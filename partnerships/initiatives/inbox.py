"""The föreningslots' inbox in the admin: ideas, their status, internal notes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import EditView

from lundsite.models import ContactSettings
from lundsite.submission_admin import SubmissionViewSet
from partnerships.initiatives.models import Initiative


class InitiativeEditView(EditView):
    def save_instance(self) -> Initiative:
        status_changed = "status" in self.form.changed_data
        initiative = super().save_instance()
        if status_changed:
            settings = ContactSettings.for_request(self.request)
            initiative.notify_status_change(settings.foreningslots_email)
        return initiative


class InitiativeViewSet(SubmissionViewSet):
    model = Initiative
    icon = "mail"
    menu_label = _("Samverkansidéer")
    menu_order = 300
    edit_view_class = InitiativeEditView
    search_fields = ["reference", "organisation_name", "contact_name", "email", "idea"]
    list_filter = {
        "status": ["exact"],
        "priority_areas": ["exact"],
        "wants_public": ["exact"],
        "public_approved": ["exact"],
        "created_at": ["gte", "lte"],
    }
    list_display = [
        "reference",
        "organisation_name",
        Column("status", label=_("status"), accessor="get_status_display"),
        BooleanColumn("public_approved", label=_("visas öppet")),
        DateColumn("created_at", label=_("inkommen")),
    ]
    list_export = [
        "reference",
        "created_at",
        "status",
        "closed_at",
    ]
    export_filename = "samverkansideer"
