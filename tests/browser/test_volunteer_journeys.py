"""Frivilligkraft in the browser: a volunteer finds an assignment and sends interest; an
organiser posts one, a coordinator approves it, and then volunteers find it."""

import re

import pytest
from django.core.cache import caches
from playwright.sync_api import Browser, Page, expect

from lundsite.outbox import OutgoingEmail, deliver_due
from partnerships.frivilligkraft.assignments import AssignmentPage
from tests.browser.conftest import log_in
from tests.integration.test_outbox import Sink

EXAMPLE_ADDRESS = "exempel@example.org"
POSTED_TITLE = "Läsa högt för de boende på Norra Fäladen"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def test_volunteer_filters_opens_and_sends_interest(
    page: Page,
    site_url: str,
    smtp_sink: Sink,
    django_db_blocker,
    assert_accessible,
):
    with django_db_blocker.unblock():
        # Other journeys may have published assignments of their own on the same server.
        open_now = AssignmentPage.objects.open().filter(locale__language_code="sv").count()
    page.goto(site_url + "/frivilligkraft/")
    expect(page.locator(".result-count")).to_contain_text(f"{open_now} öppna uppdrag")
    assert_accessible(page)

    page.get_by_label("Kategori").select_option(label="Sällskap")
    page.get_by_role("button", name="Visa uppdrag").click()
    expect(page.locator(".result-count")).to_contain_text("1 öppet uppdrag")
    page.get_by_role("link", name="Exempel: Promenadsällskap").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exempel: Promenadsällskap")
    expect(page.get_by_text("Det här är ett påhittat exempel.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Skicka intresseanmälan").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Skriv ditt namn.")
    expect(page).to_have_title(re.compile("^Fel i formuläret"))
    assert_accessible(page)
    summary.get_by_role("link", name="Skriv ditt namn.").click()
    expect(page.locator("#id_name")).to_be_focused()

    page.locator("#id_name").fill("Sam Volontär")
    page.locator("#id_email").fill("sam.browser@example.org")
    page.locator("#id_message").fill("Jag promenerar gärna på onsdagar.")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Skicka intresseanmälan").click()
    expect(page.get_by_role("status")).to_contain_text("Tack! Vi har skickat din intresseanmälan")
    assert_accessible(page)
    assert EXAMPLE_ADDRESS not in page.content()

    with django_db_blocker.unblock():
        deliver_due()
    # Mail that earlier tests left in the outbox may arrive too; these three must.
    recipients = {rcpt for envelope in smtp_sink.messages for rcpt in envelope.rcpt_tos}
    assert {EXAMPLE_ADDRESS, "sam.browser@example.org", "frivilligkraft@lund.se"} <= recipients


def test_interest_can_be_sent_with_the_keyboard_alone(page: Page, site_url: str):
    page.goto(site_url + "/frivilligkraft/exempel-handla-mat/")
    page.locator("#id_name").focus()
    page.keyboard.type("Kim Tangentbord")
    page.keyboard.press("Tab")
    page.keyboard.type("kim@example.org")
    page.keyboard.press("Tab")  # phone, optional
    page.keyboard.press("Tab")
    page.keyboard.type("Jag kan handla på fredagar.")
    while page.evaluate("document.activeElement.id") != "id_consent":
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    while page.evaluate("document.activeElement.type") != "submit":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Tack!")


def test_english_list_assignment_and_errors_are_accessible(
    page: Page, site_url: str, assert_accessible
):
    page.goto(site_url + "/en/frivilligkraft/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".result-count")).to_contain_text("4 open tasks")
    assert_accessible(page)
    page.get_by_role("link", name="Example: Walking companion").click()
    assert_accessible(page)
    page.get_by_role("button", name="Send interest").click()
    expect(page.get_by_role("alert")).to_contain_text("Write your name.")
    assert_accessible(page)


def fill_posting(page: Page, title: str) -> None:
    page.locator("#id_title").fill(title)
    page.locator("#id_tasks").fill("Du läser tidningen högt en gång i veckan.")
    page.locator("#id_category").select_option(index=1)
    page.locator("#id_district").select_option("norr")
    page.locator("#id_schedule_1").check()
    page.locator("#id_when").fill("Varje torsdag kl. 10–11")
    page.locator("#id_last_day").fill("2099-12-31")
    page.locator("#id_organiser_name").fill("Norra Fäladens PRO")
    page.locator("#id_contact_name").fill("Britt Ek")
    page.locator("#id_contact_email").fill("britt.browser@example.org")
    page.locator("#id_consent").check()


def test_organiser_posts_coordinator_approves_volunteers_find_it(
    browser: Browser, site_url: str, admin_people, assert_accessible, django_db_blocker
):
    organiser = browser.new_page(locale="sv-SE")
    organiser.goto(site_url + "/frivilligkraft/lagg-upp-uppdrag/")
    assert_accessible(organiser)
    organiser.get_by_role("button", name="Skicka uppdraget").click()
    expect(organiser.get_by_role("alert")).to_contain_text("Skriv en rubrik.")
    assert_accessible(organiser)
    fill_posting(organiser, POSTED_TITLE)
    organiser.get_by_role("button", name="Skicka uppdraget").click()
    expect(organiser).to_have_url(re.compile(r"\?tack=1$"))
    assert_accessible(organiser)
    organiser.goto(site_url + "/frivilligkraft/")
    expect(organiser.get_by_role("link", name=POSTED_TITLE)).to_have_count(0)
    organiser.close()

    coordinator = browser.new_page(locale="sv-SE")
    log_in(coordinator, site_url, admin_people["Frivilligkraft"])
    coordinator.get_by_role("link", name=POSTED_TITLE).first.click()
    coordinator.get_by_role("button", name="Fler åtgärder").click()
    coordinator.get_by_role("button", name="Godkänn och Publicera", exact=True).click()
    expect(coordinator.get_by_role("status").filter(has_text=POSTED_TITLE)).to_be_visible()
    coordinator.close()
    # The organiser was promised word when the assignment is published, with its link.
    with django_db_blocker.unblock():
        told = [
            mail
            for mail in OutgoingEmail.objects.filter(
                template="partnerships/frivilligkraft/email/assignment_published"
            )
            if mail.to == ["britt.browser@example.org"]
        ]
    assert len(told) == 1
    assert "/frivilligkraft/" in told[0].body_text

    # A new browser: the first may keep the list from before for a minute.
    volunteer = browser.new_page(locale="sv-SE")
    volunteer.goto(site_url + "/frivilligkraft/")
    volunteer.get_by_role("link", name=POSTED_TITLE).click()
    expect(volunteer.get_by_role("heading", level=1)).to_have_text(POSTED_TITLE)
    assert "britt.browser@example.org" not in volunteer.content()
    volunteer.close()


def test_english_post_form_and_its_errors_are_accessible(
    page: Page, site_url: str, assert_accessible
):
    page.goto(site_url + "/en/frivilligkraft/post-an-assignment/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)
    page.get_by_role("button", name="Send the task").click()
    expect(page.get_by_role("alert")).to_contain_text("Write a title.")
    assert_accessible(page)
