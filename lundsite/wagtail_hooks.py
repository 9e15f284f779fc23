from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lundsite.outbox import OutgoingEmail
from lundsite.outbox_admin import OutgoingEmailViewSet, ReadOnlyForSuperusers

register_permission_policy(OutgoingEmail, ReadOnlyForSuperusers(OutgoingEmail))


@hooks.register("register_admin_viewset")
def register_outbox_viewset() -> OutgoingEmailViewSet:
    return OutgoingEmailViewSet("utgaende-epost")
