"""The register, a filtered register and an agreement page pass axe in both languages,
and a reader can filter with the keyboard and no script."""

import pytest
from playwright.sync_api import Page, expect

PAGES = [
    "/iop/",
    "/iop/?board=kultur-och-fritidsnamnden",
    "/iop/q-hanget/",
    "/iop/?board=finns-inte",
    "/en/iop/",
    "/en/iop/?area=inclusion",
    "/en/iop/q-hanget/",
    "/iop/?principle=mangfald",
    "/iop/?principle=finns-inte",
    "/en/iop/?principle=diversity",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page: Page, site_url, assert_accessible, path):
    page.goto(site_url + path)
    assert_accessible(page)


def test_reader_filters_the_register_on_a_board(page: Page, site_url):
    page.goto(site_url + "/iop/")
    page.get_by_label("Kommunal part").select_option(label="Kultur- och fritidsnämnden")
    page.get_by_role("button", name="Visa avtal").press("Enter")
    expect(page).to_have_url(
        site_url
        + "/iop/?q=&board=kultur-och-fritidsnamnden&organisation=&area=&principle="
        + "&status=&year=&sort=status"
    )
    expect(page.get_by_text("3 avtal", exact=True)).to_be_visible()
    page.get_by_role("link", name="Naturum Skrylle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Naturum Skrylle")
