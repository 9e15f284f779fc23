"""The editors' dashboard: agreements that end soon, so someone decides what comes next."""

import datetime

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from wagtail.admin.ui.components import Component

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage

ENDING_WITHIN_DAYS = 90
# The dashboard is a reminder, not the register: a long list would push the other panels
# out of sight, so it shows the soonest few and links to the whole list.
SHOWN_ON_DASHBOARD = 10
# The public register lists every running agreement, the soonest to end first.
REGISTER_QUERY = "?status=active&sort=end"


def agreements_ending_soon(today: datetime.date | None = None):
    """Published agreements only: a draft nobody has approved has no end to prepare for."""
    today = today or timezone.localdate()
    return (
        IOPAgreementPage.objects.live()
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            end_date__gte=today,
            end_date__lte=today + datetime.timedelta(days=ENDING_WITHIN_DAYS),
        )
        .order_by("end_date", "title")
    )


def register_url(request: HttpRequest | None) -> str:
    register = (
        IOPRegisterPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    return f"{register.get_url(request)}{REGISTER_QUERY}" if register else ""


class EndingSoonPanel(Component):
    name = "iop_ending_soon"
    order = 50
    template_name = "partnerships/iop/admin/ending_soon_panel.html"

    def get_context_data(self, parent_context=None) -> dict:
        agreements = agreements_ending_soon()
        request = (parent_context or {}).get("request")
        return {
            "agreements": agreements[:SHOWN_ON_DASHBOARD],
            "total": agreements.count(),
            "days": ENDING_WITHIN_DAYS,
            "register_url": register_url(request),
        }
