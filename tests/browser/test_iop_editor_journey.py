"""An editor adds an agreement, a publisher approves it, and readers find it everywhere."""

from playwright.sync_api import Browser, expect

from tests.browser.agreement_steps import (
    approve_and_publish,
    fill_new_agreement,
    submit_for_moderation,
)
from tests.browser.conftest import log_in

TITLE = "Läxhjälp på biblioteket"


def test_editor_submits_publisher_approves_readers_find_it(
    browser: Browser, site_url: str, admin_people, register_id
):
    users = admin_people

    editor = browser.new_page(locale="sv-SE")
    log_in(editor, site_url, users["Redaktörer"])
    fill_new_agreement(
        editor,
        site_url,
        register_id,
        title=TITLE,
        summary="Volontärer hjälper barn med läxorna två kvällar i veckan.",
        parties=[
            "Kultur- och fritidsnämnden",
            "Prisma/IK EOS",
            "Friluftsfrämjandet",
            "Inkludering",
        ],
        start="2026-01-01",
        end="2027-12-31",
    )
    submit_for_moderation(editor)
    editor.close()

    reader = browser.new_page(locale="sv-SE")
    reader.goto(site_url + "/iop/")
    expect(reader.get_by_role("link", name=TITLE)).to_have_count(0)
    reader.close()

    publisher = browser.new_page(locale="sv-SE")
    approve_and_publish(publisher, site_url, users["Publicerare"], TITLE)
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
