"""Every public form, in both languages, answers garbage with a message, never a 5xx."""

from urllib.parse import urlencode

import pytest
from django.core.cache import caches
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Locale

from tests.factories.frivilligkraft import publish_assignment
from tests.fuzz.strategies import (
    FUZZ,
    RAW_CONTENT_TYPES,
    assert_answered_well,
    mutated,
    raw_body,
)
from tests.integration.test_frivilligkraft import POST, POST_EN, interest_data, posting_data
from tests.integration.test_initiative_flow import valid_data

pytestmark = pytest.mark.django_db

FORMS = ["idea", "posting", "interest", "feedback"]
LANGUAGES = ["sv", "en"]


@pytest.fixture
def target(form: str, language: str, home) -> tuple[str, dict]:
    """The form's address in the language, and a submission it would accept."""
    prefix = "" if language == "sv" else "/en"
    if form == "idea":
        url = "/foreningslotsen/" if language == "sv" else "/en/association-guide/"
        return url, valid_data(wants_public="on")
    if form == "posting":
        return (POST if language == "sv" else POST_EN), posting_data(language)
    if form == "interest":
        return publish_assignment(language=language).url, interest_data()
    page = home.get_translation(Locale.objects.get(language_code=language))
    valid = {"page": str(page.pk), "helpful": "no", "comment": "Jag saknade öppettider."}
    return f"{prefix}/sidrespons/", valid


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
@FUZZ
@given(data=st.data())
def test_garbled_submissions_get_a_message_not_a_server_error(client, target, data):
    url, valid = target
    payload = data.draw(mutated(valid), label="payload")
    # Only stored submissions count towards the limit; start each example afresh so that
    # the flow past the limit is reached too (429 would also be a fine answer).
    caches["ratelimit"].clear()
    if data.draw(st.booleans(), label="urlencoded"):
        body = urlencode(payload, doseq=True)
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(url, payload)  # multipart, as a browser sends files
    assert_answered_well(response)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
@FUZZ
@given(body=raw_body, content_type=st.sampled_from(RAW_CONTENT_TYPES))
def test_bodies_of_the_wrong_kind_get_a_message_not_a_server_error(
    client, target, body, content_type
):
    url, _valid = target
    caches["ratelimit"].clear()
    assert_answered_well(client.generic("POST", url, body, content_type=content_type))


@pytest.mark.parametrize("number", ["1" * 40, str(2**63), "-" + "9" * 30])
def test_a_number_wider_than_any_id_is_no_valid_choice(client, home, number):
    """The overflow once reached the database from inside the choice fields' own checks."""
    caches["ratelimit"].clear()
    response = client.post("/foreningslotsen/", valid_data(priority_areas=[number]))
    assert response.status_code == 400
    assert "Välj bland områdena i listan." in response.content.decode()

    response = client.post(POST, posting_data(category=number))
    assert response.status_code == 400
    assert "Välj en kategori i listan." in response.content.decode()
