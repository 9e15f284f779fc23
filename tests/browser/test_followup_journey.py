"""A reader opens the yearly follow-up, picks a year, reads a chart's table and downloads its
CSV; axe finds nothing on the follow-up's pages, in either language, wide or narrow."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}


def test_reader_picks_a_year_reads_a_table_and_downloads_it(page: Page, site_url):
    page.goto(site_url + "/uppfoljning/")
    page.get_by_role("link", name="Uppföljning 2022").click()
    expect(page).to_have_url(site_url + "/uppfoljning/2022/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning 2022")

    chart = page.get_by_role("img", name="IOP-avtal per nämnd och förvaltning: Pågick under året")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Tabell: IOP-avtal per nämnd och förvaltning")
    expect(table).to_be_visible()
    first_row = table.locator("tbody tr").first
    expect(first_row.get_by_role("rowheader")).not_to_be_empty()
    shown = first_row.locator("td").first.inner_text()

    figure = page.get_by_role("figure", name="IOP-avtal per nämnd och förvaltning")
    link = figure.get_by_role("link", name=re.compile(r"^Ladda ner tabellen som CSV"))
    expect(link).to_have_accessible_name(re.compile(r"CSV\W+IOP-avtal per nämnd och förvaltning$"))
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["municipal_body", "active", "started", "ended"]
    assert rows[1][1] == shown


def test_keyboard_reaches_a_scrollable_table(page: Page, site_url):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(site_url + "/uppfoljning/2022/")
    region = page.get_by_role("region", name="Tabell: IOP-avtal per nämnd och förvaltning")
    region.focus()
    expect(region).to_be_focused()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(
    "path", ["/uppfoljning/", "/uppfoljning/2022/", "/en/follow-up/", "/en/follow-up/2023/"]
)
def test_follow_up_pages_have_no_axe_violations(
    page: Page, site_url, assert_accessible, path, viewport
):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/uppfoljning/2022/", "/en/follow-up/2022/"])
def test_no_horizontal_scroll_at_320_pixels(page: Page, site_url, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
