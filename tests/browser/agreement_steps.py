"""An IOP agreement's way through the admin, step by step, for the journeys that add one: an
editor fills in the form and submits it for moderation, and a publisher approves it."""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import log_in


def fill_new_agreement(
    editor: Page,
    site_url: str,
    register_id: int,
    *,
    title: str,
    summary: str,
    parties: list[str],
    start: str,
    end: str,
) -> None:
    """Opens a new agreement under the register and fills in what every agreement needs.
    `parties`: the labels of the boxes to tick (boards, organisations, priority areas)."""
    editor.goto(f"{site_url}/admin/pages/add/partnerships/iopagreementpage/{register_id}/")
    editor.locator("#id_title").fill(title)
    editor.get_by_label(re.compile("^Sammanfattning", re.I)).fill(summary)
    for label in parties:
        editor.get_by_label(label).check()
    editor.locator("#id_start_date").fill(start)
    editor.locator("#id_end_date").fill(end)
    # Closes the date picker, which would otherwise cover the buttons below it.
    editor.locator("#id_end_date").press("Escape")


def submit_for_moderation(editor: Page) -> None:
    editor.get_by_role("button", name="Fler åtgärder").click()
    editor.get_by_role("button", name=re.compile("^Lämna in till")).click()
    expect(editor.get_by_role("status")).to_contain_text("inlämnad för moderering")


def approve_and_publish(publisher: Page, site_url: str, username: str, title: str) -> None:
    """The publisher logs in, opens the agreement from the dashboard and publishes it."""
    log_in(publisher, site_url, username)
    publisher.get_by_role("link", name=title).first.click()
    publisher.get_by_role("button", name="Fler åtgärder").click()
    publisher.get_by_role("button", name="Godkänn och Publicera", exact=True).click()
    expect(publisher.get_by_role("status").filter(has_text=title)).to_contain_text("uppdaterad")
