"""The registration form on an event's page answers garbage with a message, never a 5xx."""

from urllib.parse import urlencode

import pytest
from django.core.cache import caches
from hypothesis import given
from hypothesis import strategies as st

from tests.factories.events import publish_event
from tests.fuzz.strategies import (
    FUZZ,
    RAW_CONTENT_TYPES,
    assert_answered_well,
    mutated,
    raw_body,
)
from tests.integration.test_events import registration_data

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["open", "full", "closed"])
def event_url(request) -> str:
    if request.param == "closed":
        return publish_event(closes_in_days=-1).url
    return publish_event(capacity=0 if request.param == "full" else 50).url


@FUZZ
@given(data=st.data())
def test_garbled_registrations_get_a_message_not_a_server_error(client, event_url, data):
    payload = data.draw(mutated(registration_data()), label="payload")
    caches["ratelimit"].clear()
    if data.draw(st.booleans(), label="urlencoded"):
        body = urlencode(payload, doseq=True)
        response = client.post(event_url, body, content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(event_url, payload)
    assert_answered_well(response)


@FUZZ
@given(body=raw_body, content_type=st.sampled_from(RAW_CONTENT_TYPES))
def test_bodies_of_the_wrong_kind_get_a_message_not_a_server_error(
    client, event_url, body, content_type
):
    caches["ratelimit"].clear()
    assert_answered_well(client.generic("POST", event_url, body, content_type=content_type))


@pytest.mark.parametrize("value", ["\x00", "a" * 20_000])
def test_nul_bytes_and_huge_text_get_a_clear_message(client, value):
    caches["ratelimit"].clear()
    event = publish_event()
    response = client.post(event.url, registration_data(name=value, dietary_needs=value))
    assert response.status_code == 400
    assert "error-message" in response.content.decode()


@FUZZ
@given(token=st.text(alphabet="0123456789abcdef-", max_size=200))
def test_made_up_cancel_tokens_are_refused_without_error(client, token):
    response = client.get(f"/evenemang/overenskommelsekonferensen/avboka/{token or 'x'}/")
    assert response.status_code == 404
