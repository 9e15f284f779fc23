import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook

from partnerships.iop.register import IOPRegisterPage
from principles.models import PriorityAreaPage
from tests.factories.partnerships import IOPAgreementPageFactory

pytestmark = pytest.mark.django_db
KFN = "board=kultur-och-fritidsnamnden"


def test_register_lists_the_nine_agreements(client):
    response = client.get("/iop/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "9 avtal" in content
    assert "X-Robots-Tag" not in response
    assert 'href="/iop/q-hanget/"' in content


@pytest.mark.parametrize(
    ("field", "parameter"), [("municipal_bodies", "board"), ("organisations", "organisation")]
)
def test_a_party_filter_lists_each_agreement_naming_the_party_once(client, field, parameter):
    from partnerships.iop.agreements import IOPAgreementPage

    agreements = IOPAgreementPage.objects.live().filter(locale__language_code="sv")
    party = getattr(agreements.filter(**{f"{field}__isnull": False}).first(), field).first()
    expected = agreements.filter(**{f"{field}__slug": party.slug}).distinct()
    found = agreements.with_party(field, party.slug)
    assert sorted(found.values_list("pk", flat=True)) == sorted(
        expected.values_list("pk", flat=True)
    )
    content = client.get("/iop/", {parameter: party.slug}).content.decode()
    assert f"{expected.count()} avtal" in content


def test_filtered_register_is_not_indexed(client):
    response = client.get(f"/iop/?{KFN}")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "3 avtal" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "page=-1",
        "board=x",
        "year=abc",
        "q=%00",
        "status=<b>x</b>",
        "board=" + "x" * 5000,
    ],
)
def test_bad_input_never_breaks_the_register(client, query):
    response = client.get(f"/iop/?{query}")
    assert response.status_code == 200
    assert "<b>x</b>" not in response.content.decode()


def test_unknown_filter_value_says_so(client):
    content = client.get("/iop/?board=finns-inte").content.decode()
    assert "0 avtal" in content
    assert 'class="notice"' in content


def test_english_register_in_english(client):
    content = client.get("/en/iop/").content.decode()
    assert '<html lang="en">' in content
    assert "Culture and Leisure Committee" in content


def test_agreement_page_links_its_parties_and_areas(client):
    content = client.get("/iop/q-hanget/").content.decode()
    # Each party links to its own page, which lists its agreements.
    assert 'href="/forvaltningar/kultur-och-fritidsnamnden/"' in content
    assert 'href="/organisationer/tjejjouren-i-lund/"' in content
    assert 'href="/prioriterade-omraden/inkludering/"' in content
    assert "Avslutat" in content
    assert "1 januari 2021 till 31 december 2023" in content


def test_english_agreement_page_links_english_pages(client):
    content = client.get("/en/iop/q-hanget/").content.decode()
    assert 'href="/en/priority-areas/inclusion/"' in content
    assert "1 January 2021" in content


def test_priority_area_lists_its_active_agreements(client):
    content = client.get("/prioriterade-omraden/hallbar-utveckling/").content.decode()
    assert 'href="/iop/naturum-skrylle/"' in content
    assert 'href="/iop/?area=hallbar-utveckling"' in content
    ended = client.get("/prioriterade-omraden/inkludering/").content.decode()
    assert 'href="/iop/q-hanget/"' not in ended  # ended in 2023


def test_home_page_shows_the_latest_agreements(client):
    assert 'id="latest-agreements-heading"' in client.get("/").content.decode()


def test_csv_export_follows_the_filters(client):
    response = client.get(f"/iop/export.csv?{KFN}")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert {row["municipal_bodies"] for row in rows} == {"Kultur- och fritidsnämnden"}
    assert rows[0]["url"].startswith("http://testserver/iop/")


def test_json_export_has_every_field(client):
    data = json.loads(client.get("/iop/export.json").content)
    assert data["license"].endswith("/zero/1.0/")
    assert len(data["agreements"]) == 9
    first = data["agreements"][0]
    assert set(first) == {
        "id",
        "title",
        "url",
        "summary",
        "municipal_bodies",
        "organisations",
        "priority_areas",
        "principles",
        "start_date",
        "end_date",
        "status",
        "document_url",
        "last_modified",
    }
    assert {"name", "organisation_number"} == set(first["organisations"][0])


def test_xlsx_export_opens_with_the_same_rows(client):
    response = client.get(f"/iop/export.xlsx?{KFN}")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "id"
    assert len(rows) == 4


def test_feed_carries_the_same_agreements(client):
    response = client.get(f"/iop/feed/?{KFN}")
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 3


def test_the_feed_reads_areas_and_statements_but_not_parties(django_assert_num_queries):
    from partnerships.iop.agreements import IOPAgreementPage

    # The agreements, their areas, their statements: the feed names no party.
    with django_assert_num_queries(3):
        agreements = list(IOPAgreementPage.objects.live().for_feed()[:50])
        texts = [
            (
                [area.title for area in agreement.priority_areas.all()],
                [s.principle_title for s in agreement.principle_statements.all()],
            )
            for agreement in agreements
        ]
    assert any(areas and titles for areas, titles in texts)


def test_dataset_description_page(client):
    content = client.get("/iop/om-datan/").content.decode()
    assert "CC0" in content and "last_modified" in content


def count_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries.captured_queries)


def test_register_queries_do_not_grow_with_agreements(client, home):
    from tests.factories.partnerships import IOPAgreementPageFactory

    register = home.get_children().get(slug="iop")
    before = count_queries(client, "/iop/?status=ended")
    for _ in range(25):
        IOPAgreementPageFactory(parent=register, end_date="2020-01-01")
    assert count_queries(client, "/iop/?status=ended") == before


def test_priority_area_shows_the_newest_ten_and_links_to_the_rest(client):
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    area = PriorityAreaPage.objects.get(slug="demokrati-delaktighet-trygghet")
    for number in range(12):
        agreement = IOPAgreementPageFactory(
            parent=register,
            title=f"Områdesavtal {number:02}",
            start_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            end_date=datetime.date(2099, 1, 1),
        )
        agreement.priority_areas = [area]
        agreement.save_revision().publish()

    content = client.get(area.url).content.decode()

    assert "Områdesavtal 11" in content and "Områdesavtal 02" in content
    assert "Områdesavtal 01" not in content and "Områdesavtal 00" not in content
    assert 'href="/iop/?area=demokrati-delaktighet-trygghet"' in content
