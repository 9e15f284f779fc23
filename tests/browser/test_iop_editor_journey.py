"""An editor adds an agreement, a publisher approves it, and readers find it everywhere."""

import re

import pytest
from playwright.sync_api import Browser, expect

from partnerships.iop.register import IOPRegisterPage
from tests.browser.conftest import log_in

TITLE = "Läxhjälp på biblioteket"


@pytest.fixture
def register_id(django_db_blocker) -> int:
    with django_db_blocker.unblock():
        return IOPRegisterPage.objects.get(locale__language_code="sv").pk


def test_editor_submits_publisher_approves_readers_find_it(
    browser: Browser, site_url: str, admin_people, register_id
):
    users = admin_people

    editor = browser.new_page(locale="sv-SE")
    log_in(editor, site_url, users["Redaktörer"])
    editor.goto(f"{site_url}/admin/pages/add/partnerships/iopagreementpage/{register_id}/")
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_label(re.compile("^Sammanfattning", re.I)).fill(
        "Volontärer hjälper barn med läxorna två kvällar i veckan."
    )
    editor.get_by_label("Kultur- och fritidsnämnden").check()
    editor.get_by_label("Prisma/IK EOS").check()
    editor.get_by_label("Friluftsfrämjandet").check()
    editor.get_by_label("Inkludering").check()
    editor.locator("#id_start_date").fill("2026-01-01")
    editor.locator("#id_end_date").fill("2027-12-31")
    editor.locator("#id_end_date").press("Escape")
    editor.get_by_role("button", name="Fler åtgärder").click()
    editor.get_by_role("button", name=re.compile("^Lämna in till")).click()
    expect(editor.get_by_role("status")).to_contain_text("inlämnad för moderering")
    editor.close()

    reader = browser.new_page(locale="sv-SE")
    reader.goto(site_url + "/iop/")
    expect(reader.get_by_role("link", name=TITLE)).to_have_count(0)
    reader.close()

    publisher = browser.new_page(locale="sv-SE")
    log_in(publisher, site_url, users["Publicerare"])
    publisher.get_by_role("link", name=TITLE).first.click()
    publisher.get_by_role("button", name="Fler åtgärder").click()
    publisher.get_by_role("button", name="Godkänn och Publicera", exact=True).click()
    expect(publisher.get_by_role("status").filter(has_text=TITLE)).to_contain_text("uppdaterad")
    publisher.close()

    # A new browser: the first one may keep the register from before for a few minutes.
    reader = browser.new_page(locale="sv-SE")
    reader.goto(site_url + "/iop/")
    reader.get_by_role("link", name=TITLE).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_role("link", name="Friluftsfrämjandet")).to_be_visible()
    reader.goto(site_url + "/prioriterade-omraden/inkludering/")
    expect(reader.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
    export = reader.request.get(site_url + "/iop/export.csv?area=inkludering")
    assert TITLE in export.text()
    assert "Prisma/IK EOS; Friluftsfrämjandet" in export.text() or (
        "Friluftsfrämjandet; Prisma/IK EOS" in export.text()
    )
