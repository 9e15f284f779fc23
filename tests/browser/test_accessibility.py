"""axe finds no WCAG violation on any page type, in either language, wide or narrow."""

import pytest
from playwright.sync_api import Page

PAGE_TYPES = [
    "/",  # HomePage
    "/overenskommelsen/",  # ContentPage
    "/principer/",  # PrinciplesIndexPage
    "/principer/dialog/",  # PrinciplePage
    "/prioriterade-omraden/",  # PriorityAreaIndexPage
    "/prioriterade-omraden/inkludering/",  # PriorityAreaPage
    "/samverkansprocessen/",  # ProcessPage
    "/en/",
    "/en/the-agreement/",
    "/en/principles/",
    "/en/principles/dialogue/",
    "/en/priority-areas/",
    "/en/priority-areas/inclusion/",
    "/en/collaboration-process/",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_axe_violations(page: Page, site_url, assert_accessible, path, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/samverkansprocessen/"])
def test_no_horizontal_scroll_at_320_pixels(page: Page, site_url, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
