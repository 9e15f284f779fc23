"""Search, the legal pages, the 404 page and page feedback in a real browser: axe finds
nothing in either language, and a reader can search and answer "Nej" with a comment."""

import pytest
from django.core.cache import caches
from playwright.sync_api import Page, expect

PAGES = [
    "/sok/?q=dialog",
    "/sok/?q=xyzzyquux",
    "/en/search/?q=dialogue",
    "/en/search/?q=xyzzyquux",
    "/tillganglighet/",
    "/personuppgifter/",
    "/en/accessibility/",
    "/en/privacy/",
    "/finns-inte/",
    "/en/does-not-exist/",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The live server runs in this process: its counters are this cache.
    caches["ratelimit"].clear()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page: Page, site_url, assert_accessible, path, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + path)
    assert_accessible(page)


def test_feedback_form_and_its_open_comment_pass_axe(page: Page, site_url, assert_accessible):
    page.goto(site_url + "/principer/dialog/")
    page.get_by_role("button", name="Nej", exact=True).click()
    assert_accessible(page)


def test_reader_searches_from_the_header(page: Page, site_url):
    page.goto(site_url + "/principer/")
    header = page.get_by_role("banner")
    header.get_by_role("searchbox", name="Sök på webbplatsen").fill("Kvinnojouren")
    header.get_by_role("button", name="Sök").click()
    expect(page).to_have_url(site_url + "/sok/?q=Kvinnojouren")
    expect(page.locator(".search-result").first).to_be_visible()
    expect(page.locator(".search-result .tag").first).to_have_text("IOP-avtal")
    page.locator(".search-result__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/iop/" in page.url


def test_reader_answers_no_with_a_comment_and_is_thanked(page: Page, site_url):
    page.goto(site_url + "/principer/dialog/")
    comment = page.get_by_label("Vad saknade du? (frivilligt)")
    # With the script, the comment field waits for "Nej".
    expect(comment).to_be_hidden()
    page.get_by_role("button", name="Nej", exact=True).click()
    expect(comment).to_be_visible()
    expect(comment).to_be_focused()
    comment.fill("Jag saknar ett exempel.")
    page.get_by_role("button", name="Skicka").click()
    expect(page).to_have_url(site_url + "/principer/dialog/?sidrespons=tack#feedback")
    expect(page.get_by_role("heading", name="Tack för ditt svar!")).to_be_visible()
    assert page.context.cookies() == []


def test_reader_answers_yes_in_english(page: Page, site_url):
    page.goto(site_url + "/en/principles/dialogue/")
    page.get_by_role("button", name="Yes", exact=True).click()
    expect(page).to_have_url(site_url + "/en/principles/dialogue/?sidrespons=tack#feedback")
    expect(page.get_by_role("heading", name="Thank you for your answer!")).to_be_visible()


def test_without_script_the_comment_field_is_shown(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    page.goto(site_url + "/principer/dialog/")
    expect(page.get_by_label("Vad saknade du? (frivilligt)")).to_be_visible()
    page.get_by_label("Vad saknade du? (frivilligt)").fill("Utan skript.")
    page.get_by_role("button", name="Skicka").click()
    expect(page.get_by_role("heading", name="Tack för ditt svar!")).to_be_visible()
    context.close()


def test_home_page_logs_no_errors_despite_json_ld(page: Page, site_url):
    """The JSON-LD data block must not count as an inline script under the CSP."""
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in ("/", "/en/", "/sok/?q=dialog", "/principer/dialog/"):
        page.goto(site_url + path)
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(0)
    page.goto(site_url + "/")
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    assert errors == []
