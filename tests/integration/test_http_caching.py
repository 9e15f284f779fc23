"""Static files and pages leave as browsers expect: hashed files kept for a year, pages
compressed, and `Vary` naming only what a page really differs by."""

import gzip
from unittest import mock

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.test import RequestFactory, override_settings

from lundsite.page_cache import UpdatePageCacheMiddleware

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "http-default"},
    "pages": {
        **LOCMEM,
        "LOCATION": "http-pages",
    },
    "ratelimit": {**LOCMEM, "LOCATION": "http-ratelimit"},
}
IMMUTABLE = "max-age=315360000, public, immutable"


@pytest.fixture
def real_caches():
    with override_settings(CACHES=CACHES):
        caches["default"].clear()
        caches["pages"].clear()
        yield


def test_a_hashed_static_file_keeps_whitenoises_year():
    def whitenoise(request):
        response = HttpResponse(b"body{}", content_type="text/css")
        response["Cache-Control"] = IMMUTABLE
        return response

    request = RequestFactory().get("/static/css/site.3f2a1b.css")
    response = UpdatePageCacheMiddleware(whitenoise)(request)
    assert response["Cache-Control"] == IMMUTABLE


@pytest.mark.django_db
def test_a_hashed_static_file_leaves_the_whole_stack_immutable(client):
    # As whitenoise judges the manifest's hashed names in production.
    with override_settings(WHITENOISE_IMMUTABLE_FILE_TEST=lambda path, url: True):
        response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response["Cache-Control"] == IMMUTABLE


@pytest.mark.django_db
@pytest.mark.usefixtures("real_caches")
@pytest.mark.parametrize("url", ["/", "/en/", "/principer/"])
def test_pages_leave_compressed_and_stay_so_from_the_cache(client, url):
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response["Content-Encoding"] == "gzip"
        assert b"</html>" in gzip.decompress(response.content)
        assert "max-age=60" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.usefixtures("real_caches")
def test_a_page_does_not_vary_by_the_readers_language_header(client):
    """The language is in the address; Accept-Language would split the cache per browser."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert "accept-language" not in response.get("Vary", "").lower()
    assert '<html lang="sv">' in response.content.decode()


@pytest.mark.django_db
def test_static_files_are_not_compressed_again(client):
    response = client.get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")
    # whitenoise's own answer (production serves its precompressed .gz or .br), never
    # squeezed again on every request by GZipMiddleware.
    assert not response.has_header("Content-Encoding")


@pytest.mark.django_db
@pytest.mark.usefixtures("real_caches")
@pytest.mark.parametrize(("url", "language"), [("/principer/", "sv"), ("/en/principles/", "en")])
def test_a_cached_page_is_read_before_sessions_and_languages(client, url, language):
    client.get(url)
    with (
        mock.patch.object(SessionMiddleware, "process_request") as session,
        mock.patch.object(LocaleMiddleware, "process_request") as locale,
    ):
        response = client.get(url)
    assert not session.called
    assert not locale.called
    assert f'<html lang="{language}">' in response.content.decode()
