import datetime
import random

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from lundsite.bulk_pages import add_numbered_children
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from partnerships.parties import MunicipalBody, Organisation
from principles.models import PriorityAreaPage


class Command(BaseCommand):
    help = (
        "Adds made-up IOP agreements to the Swedish register, for `make bench` only: "
        "never run it against a database with real content."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("total", type=int, help="How many agreements the register should hold.")

    def handle(self, *args, total: int, **options) -> None:
        swedish = Locale.objects.get(language_code="sv")
        register = IOPRegisterPage.objects.get(locale=swedish)
        bodies = list(MunicipalBody.objects.filter(locale=swedish))
        organisations = list(Organisation.objects.filter(locale=swedish))
        areas = list(PriorityAreaPage.objects.filter(locale=swedish))
        existing = IOPAgreementPage.objects.child_of(register).count()
        missing = max(total - existing, 0)
        chance = random.Random(2026)
        numbers = range(existing + 1, existing + missing + 1)
        add_numbered_children(
            register,
            numbers,
            lambda number: self._agreement(number, chance, swedish, bodies, organisations, areas),
            "Avtal",
            self.stderr._out,
        )
        self.stdout.write(f"Registret har nu {existing + missing} avtal.")

    @staticmethod
    def _agreement(number, chance, locale, bodies, organisations, areas) -> IOPAgreementPage:
        start = datetime.date(2015, 1, 1) + datetime.timedelta(days=chance.randrange(4000))
        page = IOPAgreementPage(
            title=f"Volymavtal {number}",
            slug=f"volymavtal-{number}",
            summary="Ett påhittat avtal för att mäta sidornas fart.",
            start_date=start,
            end_date=start + datetime.timedelta(days=chance.randrange(200, 1500)),
            locale=locale,
        )
        page.municipal_bodies = chance.sample(bodies, 1)
        page.organisations = chance.sample(organisations, 2)
        page.priority_areas = chance.sample(areas, 2)
        return page
