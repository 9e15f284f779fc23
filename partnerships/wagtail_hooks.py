"""The admin: agreements ending soon, the föreningslots' inbox, Frivilligkraft's interests."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from partnerships.initiative_admin import InitiativeViewSet
from partnerships.interest_admin import InterestViewSet, WaitingInterestsPanel
from partnerships.iop_agreements import IOPAgreementPage

ENDING_WITHIN_DAYS = 90


def agreements_ending_soon(today: datetime.date | None = None):
    today = today or timezone.localdate()
    return IOPAgreementPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        end_date__gte=today,
        end_date__lte=today + datetime.timedelta(days=ENDING_WITHIN_DAYS),
    ).order_by("end_date")


class EndingSoonPanel(Component):
    name = "iop_ending_soon"
    order = 50
    template_name = "partnerships/admin/ending_soon_panel.html"

    def get_context_data(self, parent_context=None):
        return {"agreements": agreements_ending_soon(), "days": ENDING_WITHIN_DAYS}


@hooks.register("construct_homepage_panels")
def add_ending_soon_panel(request, panels) -> None:
    panels.append(EndingSoonPanel())


@hooks.register("register_admin_viewset")
def register_initiative_inbox() -> InitiativeViewSet:
    return InitiativeViewSet("samverkansideer")


@hooks.register("register_admin_viewset")
def register_interests() -> InterestViewSet:
    return InterestViewSet("intresseanmalningar")


@hooks.register("construct_homepage_panels")
def add_waiting_interests_panel(request, panels) -> None:
    if request.user.has_perm("partnerships.view_interest"):
        panels.append(WaitingInterestsPanel())
