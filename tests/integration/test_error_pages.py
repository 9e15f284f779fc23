"""404 and 500 in the site's look and the reader's language, with a search field and a way
home; the 500 page without the database."""

import pytest
from django.test import Client, RequestFactory, override_settings
from django.urls import path

from lundsite.error_views import language_of, server_error
from lundsite.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("Something broke")


# The site's own addresses, plus one that always fails.
urlpatterns = [path("trasig/", broken_view), *site_urlpatterns]
handler500 = "lundsite.error_views.server_error"


@pytest.mark.django_db
def test_swedish_404_in_the_sites_layout(client):
    response = client.get("/finns-inte/")
    content = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="sv">' in content
    assert "Sidan finns inte" in content
    assert 'class="site-header"' in content and 'class="site-footer"' in content
    assert 'action="/sok/"' in content
    assert 'href="/">Till startsidan</a>' in content
    assert content.count("<h1") == 1


@pytest.mark.django_db
def test_english_404_in_english(client):
    response = client.get("/en/does-not-exist/")
    content = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="en">' in content
    assert "Page not found" in content
    assert 'action="/en/search/"' in content
    assert 'href="/en/">Go to the home page</a>' in content


@pytest.mark.django_db
def test_404_reflects_no_markup(client):
    content = client.get("/<script>alert(1)</script>/").content.decode()
    assert "<script>alert" not in content


def test_500_renders_without_the_database():
    # No django_db mark: any query here fails the test.
    response = server_error(RequestFactory().get("/principer/"))
    content = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="sv">' in content
    assert "Något gick fel" in content
    assert 'action="/sok/"' in content
    assert 'href="/"' in content
    assert 'href="/static/css/site.css"' in content


def test_english_500_without_the_database():
    content = server_error(RequestFactory().get("/en/principles/")).content.decode()
    assert '<html lang="en">' in content
    assert "Something went wrong" in content
    assert 'action="/en/search/"' in content
    assert 'href="/en/"' in content


@pytest.mark.parametrize(
    ("path", "language"),
    [("/", "sv"), ("/en/", "en"), ("/en", "en"), ("/english/", "sv"), ("/enkel/", "sv")],
)
def test_language_of_path(path, language):
    assert language_of(path) == language


@override_settings(ROOT_URLCONF=__name__)
def test_a_crash_shows_the_500_page():
    client = Client(raise_request_exception=False)
    response = client.get("/trasig/")
    assert response.status_code == 500
    assert "Något gick fel" in response.content.decode()
    assert "Permissions-Policy" in response
