"""Issue 17 in a real browser: on a 375 px phone the page's heading is on the first screen
and the menu opens from the keyboard; on a wide screen the menu is open and lines of text
stay short; a refused filter is explained by its field."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}

# The longest line of a paragraph, in characters, as the browser lays it out.
LONGEST_LINE = """(element) => {
  const text = element.firstChild;
  const range = document.createRange();
  const lines = new Map();
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const rect = range.getClientRects()[0];
    if (rect) {
      const top = Math.round(rect.top);
      lines.set(top, (lines.get(top) || 0) + 1);
    }
  }
  return Math.max(...lines.values());
}"""


def heading_in_first_screen(page: Page) -> None:
    box = page.get_by_role("heading", level=1).bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box


@pytest.mark.parametrize("path", ["/", "/iop/", "/frivilligkraft/", "/en/iop/q-hanget/"])
def test_phone_shows_the_heading_and_the_menu_opens_by_keyboard(
    page: Page, site_url, assert_accessible, path
):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    heading_in_first_screen(page)
    menu = page.locator(".main-nav__list")
    expect(menu).to_be_hidden()
    assert_accessible(page)

    toggle = page.locator("summary.main-nav__toggle")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    first_link = menu.get_by_role("link").first
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()
    assert_accessible(page)
    # Escape (site.js) closes the menu and gives focus back to its button.
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()


def test_phone_menu_works_without_script(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="sv-SE")
    page = context.new_page()
    page.goto(site_url + "/principer/")
    heading_in_first_screen(page)
    page.locator("summary.main-nav__toggle").click()
    expect(page.locator(".main-nav__list").get_by_role("link").first).to_be_visible()
    context.close()


def test_wide_screen_shows_the_menu_open_and_keeps_lines_short(
    page: Page, site_url, assert_accessible
):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "/personuppgifter/")
    expect(page.locator("summary.main-nav__toggle")).to_be_hidden()
    expect(page.locator(".main-nav__list").get_by_role("link").first).to_be_visible()
    # The room beside the text holds "on this page", whose links lead to the headings.
    aside = page.get_by_role("navigation", name="På den här sidan")
    aside_box = aside.bounding_box()
    text_box = page.locator(".body").bounding_box()
    assert aside_box["x"] > text_box["x"] + text_box["width"]
    aside.get_by_role("link").first.click()
    expect(page.locator(":target")).to_have_count(1)
    longest = max(
        paragraph.evaluate(LONGEST_LINE) for paragraph in page.locator(".body p").all()[:6]
    )
    assert 40 < longest <= 75, longest
    assert_accessible(page)


def test_refused_year_is_explained_by_its_field(page: Page, site_url, assert_accessible):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/iop/?year=1800")
    year = page.get_by_label("Gäller under år")
    expect(year).to_have_attribute("aria-invalid", "true")
    last = datetime.date.today().year + 20
    expect(year).to_have_accessible_description(re.compile(f"Välj ett år mellan 2000 och {last}"))
    # The message above the list links to the field.
    page.locator('a[href="#id_year"]').click()
    expect(page.locator("#id_year:target")).to_have_count(1)
    assert_accessible(page)
