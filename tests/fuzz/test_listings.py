"""Every list, search and export, in both languages, shows a page for any query string:
broken filters simply match nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.parties import MunicipalBody, Organisation
from principles.models import PrinciplePage
from tests.fuzz.strategies import FUZZ, field_value, filters

pytestmark = pytest.mark.django_db

IOP = ["board", "organisation", "area", "principle", "status", "year", "q", "page", "sort"]
ASSIGNMENTS = ["q", "category", "district", "schedule", "page"]
SEARCH = ["q", "page"]

LISTINGS = {
    "/iop/": IOP,
    "/iop/export.csv": IOP,
    "/iop/export.json": IOP,
    "/iop/export.xlsx": IOP,
    "/iop/feed/": IOP,
    "/frivilligkraft/": ASSIGNMENTS,
    "/sok/": SEARCH,
    "/en/iop/": IOP,
    "/en/iop/export.csv": IOP,
    "/en/iop/export.json": IOP,
    "/en/iop/export.xlsx": IOP,
    "/en/iop/feed/": IOP,
    "/en/frivilligkraft/": ASSIGNMENTS,
    "/en/search/": SEARCH,
}
# Values the filters accept, so that garbage also meets filters that apply.
GOOD = [
    "planned",
    "active",
    "ended",
    "end",
    "newest",
    "2024",
    "2",
    "centrum",
    "recurring",
    "one-off",
    "lund",
    "Lund",
]


@pytest.mark.parametrize("url", LISTINGS)
@FUZZ
@given(data=st.data())
def test_any_query_string_gives_the_page(client, url, data):
    slugs = [
        *MunicipalBody.objects.values_list("slug", flat=True),
        *Organisation.objects.values_list("slug", flat=True)[:20],
        *AssignmentCategory.objects.values_list("slug", flat=True),
        *PrinciplePage.objects.values_list("slug", flat=True),
        *GOOD,
    ]
    names = LISTINGS[url]
    values = st.one_of(st.sampled_from(slugs), field_value)
    query = data.draw(
        st.one_of(filters(names), st.dictionaries(st.sampled_from(names), values)),
        label="query",
    )
    response = client.get(url, query)
    assert response.status_code == 200, response.status_code


@pytest.mark.parametrize("url", ["/iop/", "/en/iop/", "/iop/export.json", "/en/iop/feed/"])
@FUZZ
@given(principle=st.one_of(field_value, st.sampled_from(["dialog", "dialogue", "kvalitet"])))
def test_any_principle_gives_the_register(client, url, principle):
    response = client.get(url, {"principle": principle})
    assert response.status_code == 200, response.status_code
