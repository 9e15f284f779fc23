"""An association joins online with its minutes, kommunkontoret approves it in the admin,
and it is listed; a reader walks from the register to an organisation's page (issue 16)."""

import re

import pytest
from django.core.cache import caches
from playwright.sync_api import Page, expect

from lundsite.outbox import deliver_due
from tests.browser.conftest import log_in
from tests.factories.joining import pdf_bytes
from tests.integration.test_outbox import Sink

NAME = "Brädspelsföreningen Tärningen"
EMAIL = "tarningen.browser@example.org"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def fill_joining(page: Page) -> None:
    page.locator("#id_organisation_name").fill(NAME)
    page.locator("#id_organisation_number").fill("802000-1239")
    page.locator("#id_contact_name").fill("Sekreteraren")
    page.locator("#id_email").fill(EMAIL)
    page.locator("#id_phone").fill("046-12 34 56")
    page.locator("#id_decision_date").fill("2026-02-10")
    page.locator("#id_consent").check()


def test_association_joins_is_approved_and_listed(
    page: Page,
    browser,
    site_url: str,
    smtp_sink: Sink,
    django_db_blocker,
    assert_accessible,
):
    page.goto(site_url + "/overenskommelsen/anslut-er/")
    assert_accessible(page)

    fill_joining(page)
    page.locator("#id_minutes").set_input_files(
        {"name": "protokoll.pdf", "mimeType": "application/pdf", "buffer": b"inte en pdf"}
    )
    page.get_by_role("button", name="Skicka anslutningen").click()
    expect(page.get_by_role("alert")).to_contain_text("Filen är inte en PDF")
    expect(page).to_have_title(re.compile("^Fel i formuläret"))
    assert_accessible(page)

    fill_joining(page)
    page.locator("#id_minutes").set_input_files(
        {"name": "protokoll.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}
    )
    page.get_by_role("button", name="Skicka anslutningen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för er anslutning")
    assert_accessible(page)

    office = browser.new_page()
    log_in(office, site_url, "kansliet-web")
    office.goto(site_url + "/admin/anslutningar/")
    office.get_by_role("link", name=NAME).first.click()
    office.locator("#id_status").select_option("approved")
    office.get_by_role("button", name="Spara").click()
    expect(office.locator(".messages")).to_be_visible()
    office.close()

    page.goto(site_url + "/overenskommelsen/anslutna/")
    assert_accessible(page)
    page.get_by_label("Sök på namn").fill("Tärningen")
    page.get_by_role("button", name="Visa föreningar").click()
    row = page.get_by_role("row", name=re.compile(NAME))
    expect(row).to_contain_text("10 februari 2026")
    assert_accessible(page)
    row.get_by_role("link", name=NAME).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    assert_accessible(page)

    with django_db_blocker.unblock():
        deliver_due()
    ours = [envelope for envelope in smtp_sink.messages if NAME in envelope.content.decode()]
    recipients = [rcpt for envelope in ours for rcpt in envelope.rcpt_tos]
    assert sorted(recipients) == sorted([EMAIL, EMAIL, "kommunkontoret@lund.se"])


def test_reader_walks_from_the_register_to_an_organisation(
    page: Page, site_url: str, assert_accessible
):
    page.goto(site_url + "/iop/")
    page.get_by_role("link", name=re.compile("Q-hänget")).first.click()
    page.get_by_role("link", name="Tjejjouren i Lund").click()
    expect(page).to_have_url(site_url + "/organisationer/tjejjouren-i-lund/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tjejjouren i Lund")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Q-hänget")).click()
    expect(page).to_have_url(re.compile(r"/iop/q-hanget/$"))

    page.goto(site_url + "/en/organisations/tjejjouren-i-lund/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)
    page.goto(site_url + "/en/the-agreement/join/")
    assert_accessible(page)
    page.goto(site_url + "/en/the-agreement/joined-associations/?area=finns-inte")
    assert_accessible(page)


def test_idea_form_suggests_the_forvaltning_for_a_ticked_area(
    page: Page, site_url: str, assert_accessible
):
    page.goto(site_url + "/foreningslotsen/")
    suggestions = page.locator("[data-area-contacts]")
    expect(suggestions).to_contain_text("Kultur- och fritidsnämnden")
    expect(page.locator(".area-contacts__item--suggested")).to_have_count(0)
    page.get_by_label("Hållbar utveckling").check()
    suggested = page.locator(".area-contacts__item--suggested")
    expect(suggested).to_have_count(1)
    expect(suggested).to_contain_text("Kultur- och fritidsnämnden")
    expect(page.locator("[data-area-contacts-status]")).to_contain_text("Hållbar utveckling")
    assert_accessible(page)
    suggested.get_by_role("link", name="Kultur- och fritidsnämnden").click()
    expect(page).to_have_url(site_url + "/forvaltningar/kultur-och-fritidsnamnden/")
    expect(page.get_by_role("link", name="kultur.fritid@lund.se")).to_be_visible()
    assert_accessible(page)
    page.goto(site_url + "/en/municipal-bodies/kultur-och-fritidsnamnden/")
    assert_accessible(page)
