"""The idea form's public box and the list of public ideas survive any input."""

import pytest
from django.core.cache import caches
from hypothesis import given
from hypothesis import strategies as st

from partnerships.initiatives.models import Initiative, InitiativeStatus
from tests.factories.initiatives import make_initiative
from tests.fuzz.strategies import FUZZ, assert_answered_well, field_value, filters
from tests.integration.test_initiative_flow import valid_data

pytestmark = pytest.mark.django_db

LISTS = ["/foreningslotsen/ideer/", "/en/association-guide/ideas/"]
NAMES = ["area", "step", "page"]


@pytest.mark.parametrize("url", ["/foreningslotsen/", "/en/association-guide/"])
@FUZZ
@given(value=field_value)
def test_any_public_box_value_gets_an_answer(client, url, value):
    caches["ratelimit"].clear()
    response = client.post(url, valid_data(wants_public=value))
    assert_answered_well(response)
    if response.status_code == 302:
        stored = Initiative.objects.order_by("-pk").first()
        assert stored.wants_public == bool(stored.public_description)


@pytest.mark.parametrize("url", LISTS)
@FUZZ
@given(
    query=st.one_of(
        filters(NAMES),
        st.fixed_dictionaries({"page": field_value}),
        st.fixed_dictionaries({"step": st.sampled_from(["1", "2", "5", "0", "6"])}),
    )
)
def test_any_query_string_gives_the_list_of_ideas(client, url, query):
    if not Initiative.objects.exists():
        for number in range(25):
            make_initiative(
                organisation_name=f"Förening {number}",
                wants_public=True,
                public_approved=True,
                public_description="Kort.",
                status=InitiativeStatus.RECEIVED,
            )
    response = client.get(url, query)
    assert response.status_code == 200, response.status_code
