"""Lättläst in a real browser: a reader on a phone follows "Lättläst" from the header to the
easy-to-read register page; the pages pass axe on a phone and on a desktop."""

import pytest
from playwright.sync_api import Page, expect

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}


def test_phone_reader_follows_lattlast_to_the_easy_read_register(
    page: Page, site_url, assert_accessible
):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/en/iop/")
    link = page.get_by_role("banner").get_by_role("link", name="Lättläst")
    expect(link).to_be_visible()
    expect(link).to_have_attribute("lang", "sv")
    link.click()

    expect(page).to_have_url(site_url + "/lattlast/")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lättläst")
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Om IOP-avtal").click()
    expect(page).to_have_url(site_url + "/lattlast/iop/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Om IOP-avtal")
    box = heading.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], box
    assert_accessible(page)

    # From there to the register itself.
    page.get_by_role("main").get_by_role("link", name="IOP-avtal", exact=True).click()
    expect(page).to_have_url(site_url + "/iop/")


@pytest.mark.parametrize("path", ["/lattlast/overenskommelsen/", "/lattlast/frivilligkraft/"])
def test_easy_read_pages_are_accessible_on_a_desktop(page: Page, site_url, assert_accessible, path):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
