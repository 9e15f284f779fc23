"""Published events and registrations for tests."""

import datetime

from django.utils import timezone

from partnerships.events.event import EventPage
from partnerships.events.index import EventIndexPage
from partnerships.events.registration import Registration, RegistrationStatus


def event_index(language: str = "sv") -> EventIndexPage:
    return EventIndexPage.objects.get(locale__language_code=language)


def publish_event(
    title: str = "Utbildning om IOP",
    days_ahead: int = 20,
    capacity: int | None = 2,
    closes_in_days: int | None = 10,
    language: str = "sv",
    **fields,
) -> EventPage:
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days_ahead)
    values = {
        "kind": "training",
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=3),
        "place": "Kristallen",
        "address": "Brotorget 1, Lund",
        "accessibility": "Hiss och hörslinga.",
        "audience": "Föreningar i Lund.",
        "capacity": capacity,
        "registration_closes": (
            None
            if closes_in_days is None
            else timezone.localdate() + datetime.timedelta(days=closes_in_days)
        ),
    }
    values.update(fields)
    page = EventPage(title=title, **values)
    event_index(language).add_child(instance=page)
    page.save_revision().publish()
    return page


def make_registration(event: EventPage, name: str = "Sam", **fields) -> Registration:
    values = {
        "name": name,
        "email": f"{name.lower()}@example.org",
        "status": RegistrationStatus.CONFIRMED,
    }
    return Registration.objects.create(event=event, **{**values, **fields})
