"""The follow-up takes no GET parameters and a year only in its address: garbage in either
gives the page or a 404, never a 5xx."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.strategies import FUZZ, filters, garbage

pytestmark = pytest.mark.django_db

PAGES = [
    "/uppfoljning/",
    "/uppfoljning/2022/",
    "/uppfoljning/2022/agreements-by-body.csv",
    "/uppfoljning/dcat.jsonld",
    "/en/follow-up/",
    "/en/follow-up/2022/",
    "/iop/om-datan/dcat.jsonld",
]
years = st.one_of(
    garbage,
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["2022", "0", "1900", "2100", "２０２２", "2022.0", "2022%00"]),
)
tables = st.one_of(garbage, st.sampled_from(["agreements-by-body", "ideas-by-step", "x" * 61]))


@FUZZ
@given(url=st.sampled_from(PAGES), query=filters(["year", "page", "q", "format"]))
def test_any_query_string_leaves_the_page_alone(client, url, query):
    response = client.get(url, query)
    assert response.status_code == 200


@FUZZ
@given(prefix=st.sampled_from(["/uppfoljning/", "/en/follow-up/"]), year=years, table=tables)
def test_bogus_years_and_tables_are_not_found(client, prefix, year, table):
    segment = quote(year[:300], safe="")
    page = client.get(f"{prefix}{segment}/")
    assert page.status_code in (200, 301, 404)
    csv_file = client.get(f"{prefix}{segment}/{quote(table[:300], safe='')}.csv")
    assert csv_file.status_code in (200, 301, 404)
