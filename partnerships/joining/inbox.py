"""Kommunkontoret's inbox in the admin: applications to join, the minutes, the decision."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView

from lundsite.models import ContactSettings
from lundsite.submission_admin import SubmissionViewSet
from partnerships.joining.models import JoiningApplication, JoiningStatus

VIEW_PERMISSION = "partnerships.view_joiningapplication"


def download_minutes(request: HttpRequest, name: str) -> HttpResponse:
    """The minutes, to those allowed to read applications; the file is never public."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    if "\x00" in name:
        raise Http404
    application = get_object_or_404(JoiningApplication, minutes=name)
    return FileResponse(
        application.minutes.open("rb"),
        as_attachment=True,
        filename=f"protokoll-{application.pk}.pdf",
        content_type="application/pdf",
    )


class MinutesColumn(Column):
    def get_value(self, instance: JoiningApplication) -> str:
        if not instance.minutes:
            return str(_("borttaget"))
        return format_html('<a href="{}">{}</a>', instance.minutes.url, _("Ladda ner"))


class JoiningEditView(EditView):
    def save_instance(self) -> JoiningApplication:
        decided_now = "status" in self.form.changed_data
        application = super().save_instance()
        if decided_now and application.status != JoiningStatus.RECEIVED:
            settings = ContactSettings.for_request(self.request)
            application.decide(settings.kommunkontoret_email)
        return application


class JoiningApplicationViewSet(SubmissionViewSet):
    model = JoiningApplication
    icon = "group"
    menu_label = _("Anslutningar")
    menu_order = 310
    edit_view_class = JoiningEditView
    search_fields = ["organisation_name", "organisation_number", "contact_name", "email"]
    list_filter = {"status": ["exact"], "created_at": ["gte", "lte"]}
    list_display = [
        "organisation_name",
        Column("status", label=_("beslut"), accessor="get_status_display"),
        DateColumn("decision_date", label=_("styrelsens beslut")),
        DateColumn("created_at", label=_("inkommen")),
        MinutesColumn("minutes", label=_("protokoll")),
    ]
    inspect_view_fields = [
        "organisation_name",
        "organisation_number",
        "contact_name",
        "email",
        "phone",
        "decision_date",
        "status",
        "decision_reason",
        "decided_at",
    ]
    list_export = ["organisation_name", "organisation_number", "decision_date", "status"]
    export_filename = "anslutningar"
