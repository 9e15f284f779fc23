"""The föreningslots' inbox in the admin: ideas, their status, internal notes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from lundsite.models import ContactSettings
from partnerships.initiatives import Initiative


class InitiativeEditView(EditView):
    def save_instance(self) -> Initiative:
        status_changed = "status" in self.form.changed_data
        initiative = super().save_instance()
        if status_changed:
            settings = ContactSettings.for_request(self.request)
            initiative.notify_status_change(settings.foreningslots_email)
        return initiative


class InitiativeViewSet(ModelViewSet):
    model = Initiative
    icon = "mail"
    menu_label = _("Samverkansidéer")
    menu_order = 300
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_view_class = InitiativeEditView
    search_fields = ["reference", "organisation_name", "contact_name", "email", "idea"]
    search_backend_name = None
    list_filter = {
        "status": ["exact"],
        "priority_areas": ["exact"],
        "created_at": ["gte", "lte"],
    }
    list_display = [
        "reference",
        "organisation_name",
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("inkommen")),
    ]
    list_export = [
        "reference",
        "created_at",
        "status",
        "closed_at",
    ]
    export_filename = "samverkansideer"
