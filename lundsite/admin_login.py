"""Admin login: failed attempts are limited per account and address (django-axes), and a
superuser lifts a lockout in the admin under Inställningar → Spärrade inloggningar.

The site has no django.contrib.admin, where axes would show its attempts: this viewset shows
them in Wagtail's admin instead, and deleting one unlocks that account at that address."""

from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

UNLOCK_ACTIONS = {"view", "delete"}


def client_ip(request: HttpRequest) -> str:
    """The address the forms' rate limits also see: behind the production proxy the header
    named by RATELIMIT_IP_META_KEY (its first address), else the connection's own."""
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    value = request.META.get(key) or request.META.get("REMOTE_ADDR") or ""
    return value.split(",")[0].strip()


class SuperusersMayUnlock(ModelPermissionPolicy):
    """Only superusers see who failed to log in (names and addresses) and lift a lockout."""

    def user_has_permission(self, user, action: str) -> bool:
        return user.is_active and user.is_superuser and action in UNLOCK_ACTIONS

    def users_with_any_permission(self, actions):
        if not UNLOCK_ACTIONS & set(actions):
            return super().users_with_any_permission([])
        return self._get_users_with_any_permission_codenames([])


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Spärrade inloggningar")
    menu_order = 910
    add_to_settings_menu = True
    inspect_view_enabled = True
    create_view_enabled = False
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        DateColumn("attempt_time", label=_("senaste försök")),
    ]
    inspect_view_fields = [
        "username",
        "ip_address",
        "user_agent",
        "failures_since_start",
        "attempt_time",
    ]
