"""Seats, the waiting list and reminders: who gets a place, who is told, and only once."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from lundsite.outbox import OutgoingEmail
from partnerships.events import registration as registrations
from partnerships.events.registration import (
    Registration,
    RegistrationStatus,
    cancel,
    place,
)
from tests.factories.events import make_registration, publish_event

pytestmark = pytest.mark.django_db

TEMPLATES = "partnerships/events/email/"


def register(event, name: str) -> Registration:
    with transaction.atomic():
        return place(Registration(event=event, name=name, email=f"{name}@example.org"))


def mails(template: str) -> list[OutgoingEmail]:
    return list(OutgoingEmail.objects.filter(template=TEMPLATES + template).order_by("pk"))


def test_the_first_over_capacity_goes_on_the_waiting_list():
    event = publish_event(capacity=2)
    first, second, third, fourth = (register(event, name) for name in "abcd")
    assert [r.status for r in (first, second)] == [RegistrationStatus.CONFIRMED] * 2
    assert [r.status for r in (third, fourth)] == [RegistrationStatus.WAITING] * 2
    assert event.seats_left() == 0
    receipts = mails("receipt")
    assert [mail.to for mail in receipts] == [[f"{n}@example.org"] for n in "abcd"]
    assert "väntelistan" in receipts[2].subject
    assert "Du är anmäld" in receipts[0].subject


def test_a_cancellation_moves_the_first_waiting_up_and_tells_them():
    event = publish_event(capacity=1)
    seated = register(event, "seated")
    first_waiting = register(event, "first")
    second_waiting = register(event, "second")

    moved = cancel(seated)

    assert moved == [first_waiting]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == RegistrationStatus.CONFIRMED
    assert first_waiting.moved_up_at is not None
    assert second_waiting.status == RegistrationStatus.WAITING
    assert [mail.to for mail in mails("moved_up")] == [["first@example.org"]]
    assert [mail.to for mail in mails("cancelled")] == [["seated@example.org"]]


def test_cancelling_twice_moves_nobody_up_twice():
    event = publish_event(capacity=1)
    seated = register(event, "seated")
    register(event, "waiting")
    cancel(seated)
    assert cancel(seated) == []
    assert len(mails("moved_up")) == 1
    assert len(mails("cancelled")) == 1


def test_cancelling_from_the_waiting_list_frees_no_seat():
    event = publish_event(capacity=1)
    register(event, "seated")
    waiting = register(event, "waiting")
    assert cancel(waiting) == []
    assert Registration.objects.confirmed().count() == 1


def test_seats_an_editor_adds_go_to_the_waiting_list_first():
    event = publish_event(capacity=1)
    register(event, "seated")
    waiting = register(event, "waiting")
    event.capacity = 3
    event.save_revision().publish()
    late = register(event, "late")
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert late.status == RegistrationStatus.CONFIRMED


def test_no_capacity_means_no_waiting_list():
    event = publish_event(capacity=None)
    assert all(register(event, str(n)).status == "confirmed" for n in range(5))
    assert event.seats_left() is None


def test_the_event_row_is_locked_before_seats_are_counted(monkeypatch):
    """On PostgreSQL two registrations for the last seat wait for each other on this lock
    (tests/integration/test_event_concurrency.py races them on SQLite)."""
    event = publish_event(capacity=1)
    locked: list[int] = []
    original = registrations._locked_event

    def spy(event_id: int):
        locked.append(event_id)
        return original(event_id)

    monkeypatch.setattr(registrations, "_locked_event", spy)
    register(event, "a")
    assert locked == [event.pk]


def test_the_reminder_goes_two_days_before_and_only_once():
    soon = publish_event(title="Snart", days_ahead=1)
    later = publish_event(title="Senare", days_ahead=5)
    seated = make_registration(soon, "seated")
    make_registration(soon, "waiting", status=RegistrationStatus.WAITING)
    make_registration(soon, "gone", status=RegistrationStatus.CANCELLED)
    make_registration(later, "later")

    call_command("remind_event_registrations", verbosity=0)
    call_command("remind_event_registrations", verbosity=0)

    assert [mail.to for mail in mails("reminder")] == [[seated.email]]
    seated.refresh_from_db()
    assert seated.reminded_at is not None


def test_no_reminder_for_an_event_that_has_begun():
    event = publish_event(days_ahead=1)
    make_registration(event, "seated")
    later = timezone.now() + datetime.timedelta(days=2)
    assert not Registration.objects.due_for_reminder(now=later).exists()


def test_registrations_are_removed_after_the_retention_period():
    old = publish_event(title="Gammal", days_ahead=-800, closes_in_days=None)
    recent = publish_event(title="Nyss", days_ahead=-30, closes_in_days=None)
    make_registration(old, "old")
    kept = make_registration(recent, "recent")
    call_command("remove_old_event_registrations", verbosity=0)
    assert list(Registration.objects.all()) == [kept]


def test_the_receipt_is_in_the_registrants_language(en_locale):
    event = publish_event(capacity=5)
    with transaction.atomic():
        place(Registration(event=event, name="Alex", email="alex@example.org", language="en"))
    receipt = mails("receipt")[0]
    assert receipt.language == "en"
    assert "You are registered" in receipt.subject
    assert "Thank you for registering. You have a place." in receipt.body_text


def test_the_cancel_token_is_signed():
    event = publish_event()
    registration = make_registration(event)
    token = registration.cancel_token()
    assert re.fullmatch(r"[0-9a-f]{32}-[0-9a-f]{64}", token)  # fits a Wagtail address
    assert Registration.from_cancel_token(token) == registration
    assert Registration.from_cancel_token(registration.cancel_key) is None
    assert Registration.from_cancel_token(registration.cancel_key + "-") is None
    assert Registration.from_cancel_token(token[:-2] + "xx") is None
    assert Registration.from_cancel_token("") is None


def test_an_event_cannot_end_before_it_starts():
    from django.core.exceptions import ValidationError

    event = publish_event()
    event.ends_at = event.starts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError):
        event.full_clean()


def test_a_seeded_moment_is_that_time_in_stockholm():
    from home.content_files import _resolve

    today = datetime.date(2031, 7, 1)
    moment = _resolve({"days_from_today": 2, "at": "09:30"}, None, today)
    assert moment.isoformat() == "2031-07-03T09:30:00+02:00"
