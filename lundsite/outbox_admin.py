"""The outbox in the admin: administrators see what was sent and what keeps failing."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from lundsite.outbox import OutgoingEmail


class ReadOnlyForSuperusers(ModelPermissionPolicy):
    """Messages hold personal data and are history: superusers may look, nobody may edit."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action == "view"

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([])
        return self._get_users_with_any_permission_codenames([])


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = _("Utgående e-post")
    menu_order = 900
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["subject"]
    list_filter = {"sent_at": ["isnull"], "attempts": ["gt"]}
    inspect_view_fields = [
        "subject",
        "to",
        "reply_to",
        "language",
        "template",
        "created_at",
        "sent_at",
        "attempts",
        "next_attempt_at",
        "last_error",
        "body_text",
    ]
    list_display = [
        "subject",
        Column("status", label=_("status")),
        "attempts",
        DateColumn("created_at", label=_("skapat")),
        DateColumn("sent_at", label=_("skickat")),
        "last_error",
    ]
