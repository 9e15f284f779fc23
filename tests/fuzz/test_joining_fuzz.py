"""The joining form and the list of joined associations answer garbage with a message or a
page, never a server error (issue 16)."""

import os
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from principles.models import PriorityAreaPage
from tests.factories.joining import joining_data, pdf_bytes
from tests.fuzz.strategies import (
    FUZZ,
    RAW_CONTENT_TYPES,
    assert_answered_well,
    field_value,
    filters,
    mutated,
    raw_body,
)

pytestmark = pytest.mark.django_db

FORMS = {"sv": "/overenskommelsen/anslut-er/", "en": "/en/the-agreement/join/"}
LISTS = {"sv": "/overenskommelsen/anslutna/", "en": "/en/the-agreement/joined-associations/"}
FILTERS = ["q", "area", "page"]

# What arrives as the minutes: a PDF, nothing, text, a PDF's start with garbage behind it.
uploads = st.one_of(
    st.just(pdf_bytes()),
    st.binary(max_size=2_000),
    st.binary(max_size=2_000).map(lambda tail: b"%PDF-1.4\n" + tail),
    st.binary(max_size=500).map(lambda tail: pdf_bytes() + tail),
)
file_names = st.one_of(st.just("protokoll.pdf"), st.text(max_size=300))


@pytest.mark.parametrize("language", FORMS)
@FUZZ
@given(data=st.data())
def test_garbled_joining_gets_a_message_not_a_server_error(client, language, data):
    valid = joining_data()
    valid.pop("minutes")
    payload = data.draw(mutated(valid), label="payload")
    caches["ratelimit"].clear()
    if data.draw(st.booleans(), label="with a file"):
        # A browser sends a file's own name, never a path ("/" alone names no file).
        name = os.path.basename(data.draw(file_names, label="file name").replace("\x00", ""))
        if name in {"", ".", ".."}:
            name = "x"
        payload["minutes"] = SimpleUploadedFile(name, data.draw(uploads, label="file"))
        response = client.post(FORMS[language], payload)
    else:
        body = urlencode(payload, doseq=True)
        response = client.post(
            FORMS[language], body, content_type="application/x-www-form-urlencoded"
        )
    assert_answered_well(response)


@pytest.mark.parametrize("language", FORMS)
@FUZZ
@given(body=raw_body, content_type=st.sampled_from(RAW_CONTENT_TYPES))
def test_bodies_of_the_wrong_kind_get_a_message(client, language, body, content_type):
    caches["ratelimit"].clear()
    assert_answered_well(client.generic("POST", FORMS[language], body, content_type=content_type))


@pytest.mark.parametrize("language", LISTS)
@FUZZ
@given(data=st.data())
def test_any_query_string_gives_the_joined_list(client, language, data):
    good = [*PriorityAreaPage.objects.values_list("slug", flat=True), "jouren", "2"]
    query = data.draw(
        st.one_of(
            filters(FILTERS),
            st.dictionaries(st.sampled_from(FILTERS), st.sampled_from(good), max_size=3),
            st.dictionaries(st.sampled_from(FILTERS), field_value, max_size=3),
        )
    )
    response = client.get(LISTS[language], query)
    assert response.status_code == 200
    # A repeated parameter counts by its last value, as Django reads it.
    last = [value[-1] if isinstance(value, list) else value for value in query.values()]
    if any(last[index] for index, name in enumerate(query) if name in ("q", "area")):
        assert response["X-Robots-Tag"] == "noindex"


@FUZZ
@given(slug=st.text(min_size=1, max_size=300))
def test_any_organisation_slug_is_a_page_or_not_found(client, slug):
    response = client.get("/organisationer/" + quote(slug.replace("/", "-"), safe="") + "/")
    assert response.status_code in {200, 404}
