"""The editors' dashboard: agreements that end soon, so someone decides what comes next."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.components import Component

from partnerships.iop.agreements import IOPAgreementPage

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
    template_name = "partnerships/iop/admin/ending_soon_panel.html"

    def get_context_data(self, parent_context=None) -> dict:
        return {"agreements": agreements_ending_soon(), "days": ENDING_WITHIN_DAYS}
