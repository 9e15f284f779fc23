"""Anonymous readers get whole pages from the cache until anything is published."""

import pytest
from django.core.cache import caches
from django.test import override_settings

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "default"},
    "pages": {**LOCMEM, "LOCATION": "pages"},
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_caches():
    with override_settings(CACHES=CACHES):
        caches["default"].clear()
        caches["pages"].clear()
        yield


def test_second_visit_needs_no_database(client, django_assert_num_queries):
    first = client.get("/principer/")
    with django_assert_num_queries(0):
        second = client.get("/principer/")
    assert second.content == first.content
    assert "max-age=60" in second["Cache-Control"]


def test_publishing_retires_cached_pages(client, home):
    client.get("/principer/")
    principles = home.get_children().get(slug="principer").specific
    principles.intro = "En helt ny ingress."
    principles.save_revision().publish()
    assert "En helt ny ingress." in client.get("/principer/").content.decode()


def test_english_and_swedish_are_cached_apart(client):
    client.get("/principer/")
    assert '<html lang="en">' in client.get("/en/principles/").content.decode()


def test_logged_in_editors_are_not_served_readers_pages(client, django_user_model):
    client.get("/principer/")
    user = django_user_model.objects.create_superuser("red", "red@example.org", "pw-12345678")
    client.force_login(user)
    assert "wagtail-userbar" in client.get("/principer/").content.decode()
