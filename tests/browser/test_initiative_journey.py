"""An association sends an idea, reads its reference, and both e-mails reach the mail server."""

import re

import pytest
from django.core.cache import caches
from playwright.sync_api import Page, expect

from lundsite.outbox import deliver_due
from tests.integration.test_outbox import Sink


def fill_idea(page: Page, email: str) -> None:
    page.locator("#id_organisation_name").fill("Läsfrämjarna i Lund")
    page.locator("#id_organisation_number").fill("802000-1239")
    page.locator("#id_has_joined_0").check()
    page.locator("#id_contact_name").fill("Aisha Karlsson")
    page.locator("#id_email").fill(email)
    page.locator("#id_idea").fill("Läxhjälp på biblioteket två kvällar i veckan.")
    page.locator("#id_target_group").fill("Barn i årskurs 4–9.")
    page.locator("#id_priority_areas_0").check()
    page.locator("#id_organisation_brings").fill("Tio vana volontärer.")
    page.locator("#id_municipality_brings").fill("En lokal och kontakt med skolorna.")
    page.locator("#id_consent").check()


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    # The live server shares this process's memory cache with earlier tests' submissions.
    caches["ratelimit"].clear()


def test_association_sends_an_idea_and_gets_a_reference(
    page: Page, site_url: str, smtp_sink: Sink, django_db_blocker, assert_accessible
):
    page.goto(site_url + "/foreningslotsen/")
    assert_accessible(page)

    page.get_by_role("button", name="Skicka idén").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Skriv organisationens namn.")
    expect(page).to_have_title(re.compile("^Fel i formuläret"))
    assert_accessible(page)
    summary.get_by_role("link", name="Skriv din e-postadress.").click()
    expect(page.locator("#id_email")).to_be_focused()

    fill_idea(page, "aisha.browser@example.org")
    page.get_by_role("button", name="Skicka idén").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din idé")
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"SI-\d{4}-\d{4}", reference)
    assert_accessible(page)

    with django_db_blocker.unblock():
        deliver_due()
    # Mail that other browser tests left in the outbox may arrive too; only this idea's counts.
    ours = [envelope for envelope in smtp_sink.messages if reference in envelope.content.decode()]
    recipients = {rcpt for envelope in ours for rcpt in envelope.rcpt_tos}
    assert recipients == {"aisha.browser@example.org", "foreningslots@lund.se"}


def test_english_form_errors_and_thanks_are_accessible(
    page: Page, site_url: str, assert_accessible
):
    page.goto(site_url + "/en/association-guide/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)
    page.get_by_role("button", name="Send the idea").click()
    expect(page.get_by_role("alert")).to_contain_text("Write the name of the organisation.")
    assert_accessible(page)
    fill_idea(page, "aisha.english@example.org")
    page.get_by_role("button", name="Send the idea").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your idea")
    assert_accessible(page)
