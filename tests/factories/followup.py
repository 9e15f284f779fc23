"""A small known data set for the yearly follow-up: agreements, ideas, assignments, interests
with the dates the figures count by."""

import datetime

from django.utils import timezone

from partnerships.initiatives.models import Initiative
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from tests.factories.frivilligkraft import make_interest, publish_assignment
from tests.factories.initiatives import make_initiative
from tests.factories.partnerships import IOPAgreementPageFactory


def at(year: int, month: int, day: int, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def clear_loaded_agreements() -> None:
    """The loaded content has agreements without dates, which count in every year."""
    for agreement in IOPAgreementPage.objects.all():
        agreement.delete()


def agreement(start=None, end=None, bodies=(), organisations=(), areas=()) -> IOPAgreementPage:
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    page = IOPAgreementPageFactory(
        parent=register,
        start_date=start,
        end_date=end,
        parties__bodies=list(bodies),
        parties__organisations=list(organisations),
    )
    if areas:
        page.priority_areas.set(areas)
        page.save()
    return page


def idea(created: datetime.datetime, status: str = "received", areas=()) -> Initiative:
    initiative = make_initiative(organisation_name="Föreningen Idé", status=status)
    initiative.priority_areas.set(areas)
    initiative.save()
    Initiative.objects.filter(pk=initiative.pk).update(created_at=created)
    return initiative


def assignment(published: datetime.datetime, status: str = "open", areas=(), **fields):
    page = publish_assignment(status=status, **fields)
    if areas:
        page.priority_areas.set(areas)
        page.save()
    type(page).objects.filter(pk=page.pk).update(first_published_at=published)
    return page


def interest(page, created: datetime.datetime, answered: datetime.datetime | None = None):
    made = make_interest(page)
    type(made).objects.filter(pk=made.pk).update(created_at=created, answered_at=answered)
    return made
