import datetime
import random

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import Locale

from lundsite.bulk_pages import add_numbered_children
from partnerships.frivilligkraft.assignments import AssignmentPage, AssignmentStatus, District
from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.frivilligkraft.index import AssignmentIndexPage
from principles.models import PriorityAreaPage

# Like a real list over the years: most assignments are long past and closed.
STATUSES = [AssignmentStatus.CLOSED] * 8 + [AssignmentStatus.FILLED, AssignmentStatus.OPEN]


class Command(BaseCommand):
    help = (
        "Adds made-up volunteer assignments to Frivilligkraft's Swedish list, for `make bench` "
        "only: never run it against a database with real content."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("total", type=int, help="How many assignments the list should hold.")

    def handle(self, *args, total: int, **options) -> None:
        swedish = Locale.objects.get(language_code="sv")
        index = AssignmentIndexPage.objects.get(locale=swedish)
        categories = list(AssignmentCategory.objects.filter(locale=swedish))
        areas = list(PriorityAreaPage.objects.filter(locale=swedish))
        existing = AssignmentPage.objects.child_of(index).count()
        missing = max(total - existing, 0)
        chance = random.Random(2026)
        today = timezone.localdate()
        numbers = range(existing + 1, existing + missing + 1)
        add_numbered_children(
            index,
            numbers,
            lambda number: self._assignment(number, chance, today, swedish, categories, areas),
            "Uppdrag",
            self.stderr._out,
        )
        self.stdout.write(f"Listan har nu {existing + missing} uppdrag.")

    @staticmethod
    def _assignment(number, chance, today, locale, categories, areas) -> AssignmentPage:
        page = AssignmentPage(
            title=f"Volymuppdrag {number}",
            slug=f"volymuppdrag-{number}",
            tasks="Ett påhittat uppdrag för att mäta sidornas fart.",
            organiser_name="Mätföreningen",
            category=chance.choice(categories),
            district=chance.choice(District.values),
            last_day=today + datetime.timedelta(days=chance.randrange(-3000, 60)),
            status=chance.choice(STATUSES),
            is_example=True,
            contact_name="Mät Mätsson",
            contact_email="mat@example.org",
            locale=locale,
        )
        page.priority_areas = chance.sample(areas, 1)
        return page
