"""The föreningslots' inbox in the admin."""

from wagtail import hooks

from partnerships.initiatives.inbox import InitiativeViewSet


@hooks.register("register_admin_viewset")
def register_initiative_inbox() -> InitiativeViewSet:
    return InitiativeViewSet("samverkansideer")
