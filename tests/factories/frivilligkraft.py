"""Published volunteer assignments and interests for tests."""

import datetime

from django.utils import timezone

from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.frivilligkraft.index import AssignmentIndexPage
from partnerships.frivilligkraft.interest import Interest

ORGANISER_EMAIL = "hemlig.arrangor@example.org"
ORGANISER_PHONE = "070-123 45 67"
ORGANISER_NAME = "Gunvor Hemligsson"


def assignment_index(language: str = "sv") -> AssignmentIndexPage:
    return AssignmentIndexPage.objects.get(locale__language_code=language)


def publish_assignment(
    title: str = "Handla mat åt en granne",
    language: str = "sv",
    days_left: int = 14,
    category: str = "praktisk-hjalp",
    **fields,
) -> AssignmentPage:
    index = assignment_index(language)
    values = {
        "tasks": "Du handlar mat åt en äldre granne en gång i veckan.",
        "organiser_name": "Grannhjälpen Lund",
        "district": "centrum",
        "last_day": timezone.localdate() + datetime.timedelta(days=days_left),
        "contact_name": ORGANISER_NAME,
        "contact_email": ORGANISER_EMAIL,
        "contact_phone": ORGANISER_PHONE,
        "category": AssignmentCategory.objects.get(slug=category, locale=index.locale),
    }
    values.update(fields)
    page = AssignmentPage(title=title, **values)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


# Calendar days that are more than five working days on any date: over Christmas and New Year
# five Swedish working days can stretch to fifteen calendar days (lundsite/working_days.py).
WAITED_TOO_LONG_DAYS = 20


def make_interest(assignment: AssignmentPage, days_ago: int = 0, **fields) -> Interest:
    values = {"name": "Sam Volontär", "email": "sam@example.org", "message": "Jag hjälper gärna."}
    interest = Interest.objects.create(assignment=assignment, **{**values, **fields})
    if days_ago:
        Interest.objects.filter(pk=interest.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
        interest.refresh_from_db()
    return interest
