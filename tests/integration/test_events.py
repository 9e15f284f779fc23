"""Events through Django's client: the list, an event's page and its form's states, the
cancel link, and the calendars parsed back with icalendar."""

import datetime
import re

import pytest
from django.core.cache import caches
from django.utils import timezone
from icalendar import Calendar

from lundsite.outbox import OutgoingEmail
from partnerships.events.calendar import event_uid
from partnerships.events.event import EventPage
from partnerships.events.registration import Registration, RegistrationStatus
from tests.factories.events import make_registration, publish_event

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_caches():
    caches["ratelimit"].clear()
    caches["pages"].clear()


def registration_data(**overrides) -> dict:
    data = {
        "name": "Sam Deltagare",
        "email": "sam@example.org",
        "organisation": "Lunds schackklubb",
        "dietary_needs": "Vegetariskt",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_seeded_events_are_listed_upcoming_soonest_first_in_both_languages(client):
    swedish = client.get("/evenemang/").content.decode()
    coming, past = swedish.split("Tidigare evenemang")
    assert coming.index("Utbildning: Så samverkar vi") < coming.index("Överenskommelsekonferensen<")
    assert "Överenskommelsekonferensen förra gången" in past
    english = client.get("/en/events/")
    assert english.status_code == 200
    assert "Training: How we work together" in english.content.decode()
    assert "Past events" in english.content.decode()


def test_a_past_event_shows_its_documentation_and_no_form(client):
    page = client.get("/evenemang/overenskommelsekonferensen-forra/").content.decode()
    assert "Dokumentation" in page
    assert "Mer om föreningslivet på lund.se" in page
    assert 'name="email"' not in page
    english = client.get("/en/events/agreement-conference-previous/").content.decode()
    assert "More about associations on lund.se" in english


def test_past_events_are_paginated_and_a_bad_page_number_is_no_error(client):
    for number in range(11):
        publish_event(title=f"Gammal {number}", days_ahead=-100 - number, closes_in_days=None)
    first = client.get("/evenemang/").content.decode()
    assert "Sida 1 av 2" in first
    second = client.get("/evenemang/?page=2").content.decode()
    assert "Kommande evenemang" not in second
    assert client.get("/evenemang/?page=abc").status_code == 200
    assert client.get("/evenemang/?page=99999999999999999999").status_code == 200


def test_an_event_page_shows_when_where_and_for_whom(client):
    page = client.get("/evenemang/overenskommelsekonferensen/").content.decode()
    for text in ("Stadshallen", "Hörslinga", "Alla föreningar", "150 platser", "09.00 Kaffe"):
        assert text in page
    assert "Anmäl mig" in page


def test_a_registration_gets_a_place_a_receipt_and_a_cancel_link(client):
    event = publish_event(capacity=1)
    response = client.post(event.url, registration_data())
    assert response.status_code == 302
    assert response["Location"].startswith(event.url + "?kvitto=")
    thanked = client.get(response["Location"]).content.decode()
    assert "Du har fått en plats" in thanked
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.dietary_needs == "Vegetariskt"
    receipt = OutgoingEmail.objects.get(template__endswith="/receipt")
    assert receipt.to == ["sam@example.org"]
    assert re.search(r"/avboka/[^/\s]+/", receipt.body_text)


def test_the_form_when_full_offers_the_waiting_list(client):
    event = publish_event(capacity=1)
    make_registration(event, "seated")
    page = client.get(event.url).content.decode()
    assert "Alla platser är tagna." in page
    assert "Ställ mig på väntelistan" in page
    response = client.post(event.url, registration_data())
    assert "väntelistan" in client.get(response["Location"]).content.decode()
    assert Registration.objects.get(email="sam@example.org").status == "waiting"


def test_mistakes_get_messages_and_nothing_is_stored(client):
    event = publish_event()
    response = client.post(
        event.url, registration_data(name="", email="inte-en-adress", consent="")
    )
    assert response.status_code == 400
    page = response.content.decode()
    for message in ("Skriv ditt namn.", "Skriv e-postadressen så här", "Kryssa i att du har"):
        assert message in page
    assert not Registration.objects.exists()


def test_after_the_last_day_the_form_is_closed_with_a_message(client):
    event = publish_event(closes_in_days=-1)
    page = client.get(event.url).content.decode()
    assert "Anmälan är stängd." in page
    assert 'name="email"' not in page
    client.post(event.url, registration_data())
    assert not Registration.objects.exists()


def test_an_english_registration_counts_against_the_same_seats(client):
    swedish = EventPage.objects.get(slug="utbildning-sa-samverkar-vi")
    response = client.post("/en/events/training-how-we-work-together/", registration_data())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.event_id == swedish.pk
    assert registration.language == "en"
    receipt = OutgoingEmail.objects.get(template__endswith="/receipt")
    assert "/en/events/training-how-we-work-together/avboka/" in receipt.body_text
    assert "You are registered" in receipt.subject


def test_the_cancel_link_asks_on_get_and_cancels_on_post(client):
    event = publish_event(capacity=1)
    seated = make_registration(event, "seated")
    waiting = make_registration(event, "waiting", status=RegistrationStatus.WAITING)
    url = f"{event.url}avboka/{seated.cancel_token()}/"

    asked = client.get(url)
    assert asked.status_code == 200
    assert "Ja, avboka" in asked.content.decode()
    assert asked["X-Robots-Tag"] == "noindex"
    seated.refresh_from_db()
    assert seated.status == RegistrationStatus.CONFIRMED  # a GET changes nothing

    done = client.post(url)
    assert "Du har avbokat" in done.content.decode()
    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert seated.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED
    moved = OutgoingEmail.objects.get(template__endswith="/moved_up")
    assert moved.to == ["waiting@example.org"]
    assert "redan avbokad" in client.post(url).content.decode()


def test_a_forged_or_foreign_cancel_link_is_refused(client):
    event = publish_event()
    other = publish_event(title="Annat evenemang")
    registration = make_registration(other)
    assert client.get(f"{event.url}avboka/nonsens/").status_code == 404
    foreign = client.post(f"{event.url}avboka/{registration.cancel_token()}/")
    assert foreign.status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def parse(response) -> Calendar:
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_feed_holds_every_event_in_stockholm_time(client):
    calendar = parse(client.get("/evenemang/kalender.ics"))
    events = calendar.walk("VEVENT")
    titles = {str(event["SUMMARY"]) for event in events}
    assert {"Överenskommelsekonferensen", "Utbildning: Så samverkar vi"} <= titles
    conference = next(e for e in events if str(e["SUMMARY"]) == "Överenskommelsekonferensen")
    start = conference.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Stockholm"
    assert (start.hour, start.minute) == (9, 0)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    english = parse(client.get("/en/events/kalender.ics"))
    assert "Training: How we work together" in {
        str(event["SUMMARY"]) for event in english.walk("VEVENT")
    }


def test_one_event_as_ics_keeps_its_uid_in_both_languages(client):
    swedish = EventPage.objects.get(slug="overenskommelsekonferensen")
    one = parse(client.get("/evenemang/overenskommelsekonferensen/kalender.ics"))
    [event] = one.walk("VEVENT")
    assert str(event["UID"]) == event_uid(swedish)
    assert "Stadshallen" in str(event["LOCATION"])
    english = parse(client.get("/en/events/agreement-conference/kalender.ics"))
    [english_event] = english.walk("VEVENT")
    assert str(english_event["UID"]) == str(event["UID"])
    assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(hours=7)


def test_the_ics_time_is_right_across_summer_time(client):
    summer = timezone.make_aware(datetime.datetime(2031, 7, 1, 18, 0))
    event = publish_event(starts_at=summer, ends_at=summer + datetime.timedelta(hours=2))
    [item] = parse(client.get(event.url + "kalender.ics")).walk("VEVENT")
    assert item.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)
    assert item.decoded("DTSTART").hour == 18
