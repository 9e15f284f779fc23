"""While the database is away a reader gets a friendly 503 in their language, with
Retry-After, that no cache keeps; the site's headers stay on it."""

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client
from wagtail.models import Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Site lookup is the first query of every page: make it fail as a lost server does."""

    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    monkeypatch.setattr(Site, "find_for_request", refuse)


@pytest.fixture
def reader() -> Client:
    # As in production: an error becomes a response, not an exception in the test.
    return Client(raise_request_exception=False)


def test_swedish_reader_gets_a_friendly_503_with_retry_after(reader, database_down):
    response = reader.get("/principer/")
    content = response.content.decode()
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert '<html lang="sv">' in content
    assert "Strax tillbaka" in content and "Försök igen om en minut" in content
    assert 'lang="en">In English' in content
    assert "no-store" in response["Cache-Control"]


def test_english_reader_gets_it_in_english(reader, database_down):
    response = reader.get("/en/principles/")
    content = response.content.decode()
    assert response.status_code == 503
    assert '<html lang="en">' in content
    assert "Back in a moment" in content and 'lang="sv">På svenska' in content


def test_a_lost_connection_is_a_503_too(reader, monkeypatch):
    def lost(*args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(Site, "find_for_request", lost)
    assert reader.get("/").status_code == 503


def test_the_503_carries_the_security_headers(reader, database_down):
    response = reader.get("/principer/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_other_errors_stay_500(reader, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug, not an outage")

    monkeypatch.setattr(Site, "find_for_request", broken)
    assert reader.get("/principer/").status_code == 500
