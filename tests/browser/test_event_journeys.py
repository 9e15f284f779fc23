"""Events in the browser: a reader registers and gets a receipt, the next one goes on the
waiting list, the first cancels by the mailed link and the second moves up; an organiser
exports the registrations. axe checks every page and form state on the way."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from playwright.sync_api import Page, expect

from lundsite.outbox import OutgoingEmail
from tests.browser.conftest import log_in

TITLE = "Utbildning: Kassören i föreningen"
CLOSED_TITLE = "Utbildning som har stängt"


@pytest.fixture(autouse=True)
def fresh_caches():
    caches["ratelimit"].clear()
    caches["pages"].clear()


@pytest.fixture(scope="module")
def events(django_db_blocker, site_url) -> dict[str, str]:
    """An event with one seat, and one whose last day to register has passed (with a
    registration from before, for the organiser to export)."""
    from tests.factories.events import make_registration, publish_event

    with django_db_blocker.unblock():
        one_seat = publish_event(title=TITLE, capacity=1)
        closed = publish_event(title=CLOSED_TITLE, closes_in_days=-1)
        make_registration(closed, "Tidig", organisation="Lunds roddklubb")
        return {"one_seat": one_seat.url, "closed": closed.url}


def latest_mail(django_db_blocker, to: str, template: str) -> OutgoingEmail:
    with django_db_blocker.unblock():
        return OutgoingEmail.objects.filter(to=[to], template__endswith=template).latest("pk")


def register(page: Page, name: str, email: str, button: str) -> None:
    page.get_by_label("Ditt namn").fill(name)
    page.get_by_label("Din e-post").fill(email)
    page.get_by_label("Specialkost (om du vill)").fill("Vegetariskt")
    page.get_by_label("Jag har läst hur kommunen hanterar mina personuppgifter.").check()
    page.get_by_role("button", name=button).click()


def test_the_events_pages_are_accessible(page: Page, site_url: str, events, assert_accessible):
    page.goto(site_url + "/evenemang/")
    expect(page.get_by_role("heading", name="Kommande evenemang")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Överenskommelsekonferensen", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Överenskommelsekonferensen")
    assert_accessible(page)
    page.goto(site_url + "/evenemang/overenskommelsekonferensen-forra/")
    expect(page.get_by_role("heading", name="Dokumentation")).to_be_visible()
    assert_accessible(page)
    page.goto(site_url + events["closed"])
    expect(page.get_by_text("Anmälan är stängd.")).to_be_visible()
    assert_accessible(page)
    page.goto(site_url + "/en/events/")
    expect(page.get_by_role("heading", name="Coming events")).to_be_visible()
    assert_accessible(page)
    page.goto(site_url + "/en/events/agreement-conference/")
    page.get_by_role("button", name="Register me").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)


def test_a_reader_registers_waits_and_moves_up_when_someone_cancels(
    page: Page, site_url: str, events, django_db_blocker, assert_accessible
):
    page.goto(site_url + events["one_seat"])
    page.get_by_role("button", name="Anmäl mig").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Skriv ditt namn.")
    expect(page).to_have_title(re.compile("^Fel i formuläret"))
    assert_accessible(page)

    register(page, "Kim Kassör", "kim.browser@example.org", "Anmäl mig")
    expect(page.get_by_role("status")).to_contain_text("Du har fått en plats")
    assert_accessible(page)
    receipt = latest_mail(django_db_blocker, "kim.browser@example.org", "/receipt")
    assert "Du är anmäld" in receipt.subject

    page.goto(site_url + events["one_seat"])
    expect(page.get_by_text("Alla platser är tagna.")).to_be_visible()
    assert_accessible(page)
    register(page, "Robin Väntar", "robin.browser@example.org", "Ställ mig på väntelistan")
    expect(page.get_by_role("status")).to_contain_text("du står nu på väntelistan")
    waiting = latest_mail(django_db_blocker, "robin.browser@example.org", "/receipt")
    assert "väntelistan" in waiting.subject

    cancel_url = re.search(r"http\S+/avboka/\S+/", receipt.body_text).group(0)
    page.goto(site_url + urlsplit(cancel_url).path)
    expect(page.get_by_text("Du har en plats.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Ja, avboka").click()
    expect(page.get_by_role("status")).to_contain_text("Du har avbokat")
    moved_up = latest_mail(django_db_blocker, "robin.browser@example.org", "/moved_up")
    assert "Du har fått en plats" in moved_up.subject


def test_an_organiser_exports_the_registrations(page: Page, site_url: str, events, admin_people):
    log_in(page, site_url, admin_people["Evenemangsarrangörer"])
    page.get_by_role("link", name="Anmälningar till evenemang").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Anmälningar till evenemang")
    expect(page.get_by_text("tidig@example.org").or_(page.get_by_text("Tidig"))).not_to_have_count(
        0
    )
    page.get_by_role("button", name="Handlingar").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Ladda ner CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Evenemang,Namn,E-post")
    assert f"{CLOSED_TITLE},Tidig,tidig@example.org,Lunds roddklubb" in text
