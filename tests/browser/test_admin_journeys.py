"""Whole jobs in the admin, through its choosers, previews and inline panels, in a real
browser. `page_problems` (conftest.py) fails each journey on any console error, uncaught
exception or CSP violation, on the admin's pages and inside its preview iframe alike."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.agreement_steps import (
    approve_and_publish,
    fill_new_agreement,
    submit_for_moderation,
)
from tests.browser.conftest import log_in

TITLE = "Schack för äldre på Linero"
DOCUMENT_TITLE = "Undertecknat avtal om schack"
# A small but well-formed PDF: enough for Wagtail's upload and the public page's size.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def attach_new_document(editor: Page, path: str) -> None:
    editor.get_by_role("button", name="Välj ett dokument").click()
    chooser = editor.get_by_role("dialog").filter(
        has=editor.get_by_role("heading", name="Välj ett dokument")
    )
    chooser.get_by_role("tab", name="Ladda upp").click()
    chooser.get_by_label("Fil").set_input_files(path)
    chooser.get_by_label("Titel").fill(DOCUMENT_TITLE)
    chooser.get_by_role("button", name="Ladda upp").click()
    expect(chooser).to_be_hidden()
    expect(editor.locator("[data-contentpath=document]")).to_contain_text(DOCUMENT_TITLE)


def test_editor_attaches_the_signed_pdf_previews_submits_and_it_is_published(
    browser: Browser, site_url: str, admin_people, register_id, tmp_path
):
    pdf = tmp_path / "undertecknat-avtal.pdf"
    pdf.write_bytes(PDF)

    editor = browser.new_page(locale="sv-SE")
    log_in(editor, site_url, admin_people["Redaktörer"])
    fill_new_agreement(
        editor,
        site_url,
        register_id,
        title=TITLE,
        summary="Volontärer lär ut schack till äldre en gång i veckan.",
        parties=["Vård- och omsorgsnämnden", "PRO", "Vänskapens hus"],
        start="2026-02-01",
        end="2027-12-31",
    )
    attach_new_document(editor, str(pdf))

    # The preview is the public page, framed by the admin (frame-ancestors 'self').
    editor.get_by_role("button", name="Växla förhandsgranskning").click()
    preview = editor.frame_locator("#w-preview-iframe")
    # The preview refreshes after a pause in typing, on a live server shared with the test.
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=30_000)
    expect(preview.get_by_role("link", name=re.compile(DOCUMENT_TITLE))).to_be_visible()

    submit_for_moderation(editor)
    editor.close()

    publisher = browser.new_page(locale="sv-SE")
    approve_and_publish(publisher, site_url, admin_people["Publicerare"], TITLE)
    publisher.close()

    reader = browser.new_page(locale="sv-SE")
    reader.goto(site_url + "/iop/")
    reader.get_by_role("link", name=TITLE).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    document_link = reader.get_by_role("link", name=f"Läs avtalet: {DOCUMENT_TITLE}")
    expect(document_link.locator("..")).to_contain_text(f"(PDF, {len(PDF)}\xa0byte)")
    download = reader.request.get(site_url + document_link.get_attribute("href"))
    assert download.ok and download.body() == PDF
    reader.close()


@pytest.fixture
def idea(django_db_blocker) -> dict:
    """An idea in the inbox, and an agreement from the register for it to lead to."""
    from partnerships.iop.agreements import IOPAgreementPage
    from tests.factories.initiatives import make_initiative

    with django_db_blocker.unblock():
        initiative = make_initiative(
            organisation_name="Schackklubben Springaren", email="springaren@example.org"
        )
        agreement = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
        return {"pk": initiative.pk, "reference": initiative.reference, "agreement": agreement}


def test_foreningslots_notes_links_the_agreement_and_moves_the_status(
    browser: Browser, site_url: str, admin_people, idea, django_db_blocker
):
    from lundsite.outbox import OutgoingEmail
    from partnerships.initiatives.models import Initiative, InitiativeStatus

    lots = browser.new_page(locale="sv-SE")
    log_in(lots, site_url, admin_people["Föreningslots"])
    lots.goto(site_url + "/admin/samverkansideer/")
    lots.get_by_role("link", name=idea["reference"]).click()

    lots.get_by_role("button", name="Lägg till anteckning").click()  # "Lägg till Anteckning"
    lots.get_by_role("textbox", name="Anteckning").fill("Ringde klubben, de vill börja i mars.")

    # The chooser's button, whatever its label: Wagtail fixes the label's language when it
    # first builds the form, which in this test process may be in English (see the report).
    lots.locator("[data-contentpath=iop_agreement]").get_by_role("button").first.click()
    chooser = lots.get_by_role("dialog").filter(
        has=lots.get_by_role("heading", name="Välj IOP-avtal")
    )
    chooser.get_by_role("row", name=re.compile("Samverkan Lund Svenska")).get_by_role(
        "link", name="Utforska"
    ).click()
    chooser.get_by_role("row", name=re.compile("^IOP-avtal")).get_by_role(
        "link", name="Utforska"
    ).click()
    agreement = idea["agreement"]
    chooser.get_by_role("link", name=agreement.title, exact=True).click()
    expect(chooser).to_be_hidden()
    expect(lots.locator("[data-contentpath=iop_agreement]")).to_contain_text(agreement.title)

    lots.get_by_role("combobox", name=re.compile("^Status")).select_option(
        InitiativeStatus.IN_DIALOGUE
    )
    lots.get_by_role("button", name="Spara").first.click()
    expect(lots.get_by_role("status")).to_contain_text("uppdaterad")
    lots.close()

    with django_db_blocker.unblock():
        saved = Initiative.objects.get(pk=idea["pk"])
        assert saved.status == InitiativeStatus.IN_DIALOGUE
        assert saved.iop_agreement_id == agreement.pk
        assert [note.text for note in saved.notes.all()] == [
            "Ringde klubben, de vill börja i mars."
        ]
        told = OutgoingEmail.objects.filter(template__contains="initiative_status")
        assert any("springaren@example.org" in mail.to for mail in told)
