"""The yearly follow-up through Django's client: the pages, their charts, tables and CSVs."""

import csv
import datetime
import io

import pytest
from django.core.cache import caches as django_caches
from django.test import override_settings
from django.utils import dateformat, timezone, translation

from lundsite.fragment_cache import bump_site_version
from partnerships.followup.figures import TABLE_TITLES, year_figures
from tests.factories import followup as data

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_index_lists_the_years_in_both_languages(client):
    swedish = client.get("/uppfoljning/")
    assert swedish.status_code == 200
    assert 'href="/uppfoljning/2022/"' in swedish.content.decode()
    assert 'href="/uppfoljning/dcat.jsonld"' in swedish.content.decode()
    english = client.get("/en/follow-up/")
    assert english.status_code == 200
    content = english.content.decode()
    assert 'href="/en/follow-up/2022/"' in content
    assert "Choose a year" in content


def test_year_page_shows_every_table_with_its_chart_and_csv(client):
    response = client.get("/uppfoljning/2022/")
    assert response.status_code == 200
    content = response.content.decode()
    for slug in TABLE_TITLES:
        assert f'href="/uppfoljning/2022/{slug}.csv"' in content
        assert f'id="{slug}-caption"' in content
    # Charts are drawn only for tables with rows; each names its title and description.
    assert content.count('role="img"') == sum(
        1 for table in year_figures(2022, "sv").tables if table.rows
    )
    assert (
        'aria-labelledby="agreements-by-body-chart-title agreements-by-body-chart-desc"' in content
    )
    assert '<title id="agreements-by-body-chart-title">' in content
    assert "style=" not in content.split("<main", 1)[1]
    assert "Samverkansplanen för 2021–2024 började gälla" not in content  # 2021's commentary
    assert "Det andra året med samverkansplanen" in content


def test_english_year_page_is_in_english(client):
    content = client.get("/en/follow-up/2022/").content.decode()
    assert "IOP agreements per board and administration" in content
    assert "The second year of the collaboration plan" in content
    assert 'href="/en/follow-up/2022/agreements-by-body.csv"' in content


LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


@pytest.mark.parametrize("language", ["", "/en"])
def test_year_page_stays_within_the_query_budget(client, django_assert_max_num_queries, language):
    """Warm, with fragments and figures cached as in production (pages themselves not)."""
    caches = {
        "default": {**LOCMEM, "LOCATION": "followup-default"},
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "ratelimit": {**LOCMEM, "LOCATION": "followup-ratelimit"},
    }
    year_page = f"{language}/{'follow-up' if language else 'uppfoljning'}/2022/"
    with override_settings(CACHES=caches):
        django_caches["default"].clear()
        client.get(year_page)
        with django_assert_max_num_queries(15):
            assert client.get(year_page).status_code == 200
        with django_assert_max_num_queries(15):
            assert client.get(year_page + "agreements-by-body.csv").status_code == 200


def test_csv_has_one_header_row_and_the_tables_rows(client):
    response = client.get("/uppfoljning/2022/agreements-by-body.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == ["municipal_body", "active", "started", "ended"]
    table = year_figures(2022, "sv").table("agreements-by-body")
    assert rows[1:] == [
        [row.label, *[str(row.values[key]) for key in ("active", "started", "ended")]]
        for row in table.rows
    ]
    assert len(rows) > 1


def test_numbers_and_dates_in_the_readers_language(client):
    assignment = data.assignment(data.at(2022, 3, 1), organisation=None)
    data.interest(assignment, data.at(2022, 3, 7), data.at(2022, 3, 7, 15))
    data.interest(assignment, data.at(2022, 3, 7), data.at(2022, 3, 8))
    bump_site_version()
    swedish = client.get("/uppfoljning/2022/").content.decode()
    english = client.get("/en/follow-up/2022/").content.decode()
    assert ">0,5<" in swedish
    assert ">0.5<" in english
    today = timezone.localtime()
    for language, content in (("sv", swedish), ("en", english)):
        with translation.override(language):
            assert dateformat.format(today, "j F Y") in content
    csv_rows = read_csv(client.get("/uppfoljning/2022/interests-by-organisation.csv"))
    assert csv_rows[1][-1] == "0.5"


def test_commentary_is_the_editors_text(client):
    from partnerships.followup.pages import FollowUpYearPage

    page = FollowUpYearPage.objects.get(year=2023, locale__language_code="sv")
    page.commentary = "<p>Ett år att minnas.</p>"
    page.save_revision().publish()
    assert "Ett år att minnas." in client.get("/uppfoljning/2023/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/uppfoljning/1900/",
        "/uppfoljning/abc/",
        "/uppfoljning/99999999999999999999/",
        "/uppfoljning/2022/finns-inte.csv",
        "/uppfoljning/2022/x/",
        "/en/follow-up/1900/",
        "/en/follow-up/2022/nothing.csv",
    ],
)
def test_bogus_addresses_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_year_page_slug_is_the_year(db):
    from partnerships.followup.pages import FollowUpIndexPage, FollowUpYearPage

    index = FollowUpIndexPage.objects.get(locale__language_code="sv")
    page = FollowUpYearPage(title="Ett år", slug="fel", year=2019)
    index.add_child(instance=page)
    assert page.slug == "2019"
    assert datetime.date(page.year, 1, 1).year == 2019
