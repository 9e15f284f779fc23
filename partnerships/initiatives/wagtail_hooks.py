"""The föreningslots' inbox in the admin."""

from wagtail import hooks

from partnerships.initiatives.inbox import InitiativeViewSet


@hooks.register("register_admin_viewset")
def register_initiative_inbox() -> InitiativeViewSet:
    return InitiativeViewSet("samverkansideer")


@hooks.register("iop_agreement_sections", order=10)
def agreement_ideas() -> str:
    return "partnerships/initiatives/includes/agreement_ideas.html"
