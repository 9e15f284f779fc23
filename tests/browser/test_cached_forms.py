"""A form page from the page cache carries no CSRF token; the reader's post still gets
through, with script (the token is fetched on the first focus) and without (the site asks
to send it once more)."""

import re
from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import override_settings
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_initiative_journey import fill_idea

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "browser-forms-default"},
    "pages": {
        **LOCMEM,
        "LOCATION": "browser-forms-pages",
    },
    "ratelimit": {**LOCMEM, "LOCATION": "browser-forms-ratelimit"},
}
FORM = "/foreningslotsen/"


@pytest.fixture(autouse=True)
def page_cache_on() -> Iterator[None]:
    with override_settings(CACHES=CACHES):
        for alias in CACHES:
            caches[alias].clear()
        yield


def cached_form(browser: Browser, site_url: str) -> None:
    """Another reader has been there first: the page is now in the cache."""
    context = browser.new_context()
    first = context.new_page()
    first.goto(site_url + FORM)
    context.close()


def expect_token_free(page: Page) -> None:
    expect(page.locator("[data-form-token]")).to_have_value("")


def test_with_script_the_token_arrives_when_the_reader_starts(
    browser: Browser, page: Page, site_url: str
):
    cached_form(browser, site_url)
    page.goto(site_url + FORM)
    expect_token_free(page)
    fill_idea(page, "script.on@example.org")
    expect(page.locator("[data-form-token]")).to_have_value(re.compile(r"^\w{32,}$"))
    page.get_by_role("button", name="Skicka idén").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din idé")


def test_without_script_the_reader_sends_once_more(browser: Browser, site_url: str):
    cached_form(browser, site_url)
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    page.goto(site_url + FORM)
    expect_token_free(page)
    fill_idea(page, "script.off@example.org")
    page.get_by_role("button", name="Skicka idén").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skicka formuläret igen")
    page.get_by_role("button", name="Skicka igen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din idé")
    context.close()
