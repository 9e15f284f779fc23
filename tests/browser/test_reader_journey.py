"""A reader on the home page finds a principle and a priority area, then switches to English."""

import re

from playwright.sync_api import Page, expect


def test_reader_follows_principle_and_area_then_switches_language(page: Page, site_url):
    page.goto(site_url + "/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("html")).to_have_attribute("lang", "sv")

    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Principer").click()
    expect(page).to_have_url(site_url + "/principer/")
    page.get_by_role("link", name="Dialog", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dialog")

    trail = page.get_by_role("navigation", name="Du är här")
    trail.get_by_role("link", name="Samverkan Lund").click()
    page.get_by_role("link", name="Inkludering").first.click()
    expect(page).to_have_url(site_url + "/prioriterade-omraden/inkludering/")
    expect(page.locator(".direction-list li").first).to_be_visible()

    page.get_by_role("navigation", name="Språk").get_by_role("link", name="English").click()
    expect(page).to_have_url(site_url + "/en/priority-areas/inclusion/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inclusion")
    page.get_by_role("navigation", name=re.compile("Language")).get_by_role(
        "link", name="Svenska"
    ).click()
    expect(page).to_have_url(site_url + "/prioriterade-omraden/inkludering/")


def test_keyboard_user_skips_to_the_content(page: Page, site_url):
    page.goto(site_url + "/principer/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Gå direkt till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
