"""Every public response carries the security headers, with production's HSTS settings:
fresh pages, pages from the page cache, feedback posts, 404, 500 and the 503 of an outage."""

import pytest
from django.core.cache import caches
from django.test import Client, override_settings
from wagtail.models import Site

pytestmark = pytest.mark.django_db

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
PRODUCTION_LIKE = {
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "CACHES": {
        "default": {**LOCMEM, "LOCATION": "headers-default"},
        "pages": {
            **LOCMEM,
            "LOCATION": "headers-pages",
        },
        "ratelimit": {**LOCMEM, "LOCATION": "headers-ratelimit"},
    },
}


@pytest.fixture(autouse=True)
def production_like():
    with override_settings(**PRODUCTION_LIKE):
        for alias in ("default", "pages", "ratelimit"):
            caches[alias].clear()
        yield


@pytest.fixture
def reader() -> Client:
    # Behind the TLS proxy, as in production; errors become pages, not test exceptions.
    return Client(raise_request_exception=False, HTTP_X_FORWARDED_PROTO="https")


def assert_secure_headers(response) -> None:
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/", "/principer/", "/en/principles/", "/iop/"])
def test_fresh_and_cached_pages_carry_every_header(reader, url, django_assert_num_queries):
    first = reader.get(url)
    assert first.status_code == 200
    assert_secure_headers(first)
    # The second visit comes from the page cache: no query, same headers.
    with django_assert_num_queries(0):
        cached = reader.get(url)
    assert cached.content == first.content
    assert_secure_headers(cached)


def test_search_results_carry_every_header(reader):
    response = reader.get("/sok/", {"q": "förening"})
    assert response.status_code == 200
    assert_secure_headers(response)


def test_404_carries_every_header(reader):
    response = reader.get("/finns-inte/")
    assert response.status_code == 404
    assert_secure_headers(response)


def test_500_and_503_carry_every_header(reader, monkeypatch):
    from django.db import OperationalError

    failures = iter([RuntimeError("a bug"), OperationalError("database away")])

    def fail(*args, **kwargs):
        raise next(failures)

    monkeypatch.setattr(Site, "find_for_request", fail)
    broken = reader.get("/principer/")
    away = reader.get("/principer/")
    assert (broken.status_code, away.status_code) == (500, 503)
    assert_secure_headers(broken)
    assert_secure_headers(away)


def test_feedback_answer_carries_every_header(reader):
    response = reader.post("/sidrespons/", {"page": "0", "helpful": "yes"})
    assert response.status_code in (302, 400)
    assert_secure_headers(response)
