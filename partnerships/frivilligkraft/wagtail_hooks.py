"""Frivilligkraft in the admin: volunteers' interests and how many wait for an answer."""

from wagtail import hooks

from partnerships.frivilligkraft.interest_admin import InterestViewSet, WaitingInterestsPanel


@hooks.register("register_admin_viewset")
def register_interests() -> InterestViewSet:
    return InterestViewSet("intresseanmalningar")


@hooks.register("construct_homepage_panels")
def add_waiting_interests_panel(request, panels) -> None:
    if request.user.has_perm("partnerships.view_interest"):
        panels.append(WaitingInterestsPanel())


@hooks.register("priority_area_sections", order=20)
def area_assignments() -> str:
    return "partnerships/frivilligkraft/includes/area_assignments.html"


@hooks.register("iop_agreement_sections", order=20)
def agreement_assignments() -> str:
    return "partnerships/frivilligkraft/includes/agreement_assignments.html"
