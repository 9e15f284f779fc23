"""Pages with a form, and searches, come from the page cache like any page, while every
post is still checked for its CSRF token (lundsite/form_tokens.py)."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from partnerships.initiatives.models import Initiative
from tests.integration.test_initiative_flow import FORM_URL, valid_data

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "forms-default"},
    "pages": {
        **LOCMEM,
        "LOCATION": "forms-pages",
    },
    "ratelimit": {**LOCMEM, "LOCATION": "forms-ratelimit"},
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_caches():
    with override_settings(CACHES=CACHES):
        for alias in CACHES:
            caches[alias].clear()
        yield


def test_a_form_page_is_cached_without_a_token_or_cookie(django_assert_num_queries):
    reader = Client(enforce_csrf_checks=True)
    first = reader.get(FORM_URL)
    assert not first.cookies
    assert 'value="" data-form-token' in first.content.decode()
    with django_assert_num_queries(0):
        again = Client(enforce_csrf_checks=True).get(FORM_URL)
    assert again.content == first.content


@pytest.mark.parametrize(
    "url",
    [
        "/frivilligkraft/lagg-upp-uppdrag/",
        "/overenskommelsen/anslut-er/",
        "/en/the-agreement/join/",
        "/evenemang/overenskommelsekonferensen/",
    ],
)
def test_every_public_form_is_cached_without_a_token_or_cookie(url, django_assert_num_queries):
    first = Client(enforce_csrf_checks=True).get(url)
    assert first.status_code == 200 and not first.cookies
    assert 'value="" data-form-token' in first.content.decode()
    with django_assert_num_queries(0):
        assert Client(enforce_csrf_checks=True).get(url).content == first.content


def test_a_token_from_csrf_lets_the_cached_form_through():
    reader = Client(enforce_csrf_checks=True)
    reader.get(FORM_URL)
    answer = reader.get("/csrf/")
    assert "no-store" in answer["Cache-Control"]
    token = answer.json()["token"]
    response = reader.post(FORM_URL, {**valid_data(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Initiative.objects.count() == 1


def test_without_script_the_post_is_offered_again_and_then_taken():
    reader = Client(enforce_csrf_checks=True)
    reader.get(FORM_URL)
    refused = reader.post(FORM_URL, {**valid_data(), "csrfmiddlewaretoken": ""})
    assert refused.status_code == 403
    assert not Initiative.objects.exists()
    page = refused.content.decode()
    assert "Skicka formuläret igen" in page
    assert 'value="Läsfrämjarna i Lund"' in page
    token = re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', page).group(1)
    again = reader.post(FORM_URL, {**valid_data(), "csrfmiddlewaretoken": token})
    assert again.status_code == 302
    assert Initiative.objects.count() == 1


def test_a_wrong_token_is_refused_as_always():
    reader = Client(enforce_csrf_checks=True)
    reader.get("/csrf/")
    refused = reader.post(FORM_URL, {**valid_data(), "csrfmiddlewaretoken": "x" * 64})
    assert refused.status_code == 403
    assert "Skicka formuläret igen" not in refused.content.decode()
    assert not Initiative.objects.exists()


def test_foreign_cookies_share_the_cached_page(django_assert_num_queries):
    Client().get("/principer/")
    visitor = Client()
    visitor.cookies["_ga"] = "GA1.2.12345.67890"
    with django_assert_num_queries(0):
        assert visitor.get("/principer/").status_code == 200


def searched(queries) -> bool:
    return any("wagtailsearch_indexentry" in query["sql"] for query in queries)


def test_a_search_is_cached_per_normalised_query(django_assert_num_queries):
    with CaptureQueriesContext(connection) as first_run:
        first = Client().get("/sok/", {"q": "dialog"}).content.decode()
    assert searched(first_run)
    with django_assert_num_queries(0):
        Client().get("/sok/", {"q": "dialog"})
    # Another spelling of the same words: another page, but the search is not run again.
    with CaptureQueriesContext(connection) as other_run:
        other = Client().get("/sok/", {"q": "  DIALOG "}).content.decode()
    assert not searched(other_run)
    assert first.count('class="search-result"') == other.count('class="search-result"') > 0
