"""Agreements shown on other pages: a priority area's, and the latest on the home page."""

from django import template
from wagtail.models import Page

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage

register = template.Library()


AREA_AGREEMENTS = 10


@register.simple_tag
def area_agreements(area: Page, count: int = AREA_AGREEMENTS):
    """The newest running agreements of an area; the register lists them all."""
    return list(
        IOPAgreementPage.objects.live()
        .public()
        .active()
        .for_area(area)
        .for_cards()
        .newest_first()[:count]
    )


@register.simple_tag
def latest_agreements(page: Page, count: int = 3):
    """Ongoing agreements lead, as in the register: an ended one is rarely what a reader
    of the home page is looking for."""
    return list(
        IOPAgreementPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .for_cards()
        .ongoing_first()[:count]
    )


@register.simple_tag
def register_page(page: Page) -> IOPRegisterPage | None:
    return IOPRegisterPage.objects.live().filter(locale_id=page.locale_id).first()
