"""Cached header and footer never show what editors have since changed."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page, Site

from lundsite.models import ContactSettings

LOCMEM = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("real_cache")]


@pytest.fixture
def real_cache():
    with override_settings(CACHES=LOCMEM):
        cache.clear()
        yield
        cache.clear()


def test_footer_follows_a_settings_change(client, home):
    assert "foreningslots@lund.se" in client.get("/").content.decode()
    contact = ContactSettings.for_site(Site.objects.get(root_page=home))
    contact.foreningslots_email = "lotsen@lund.se"
    contact.save()
    assert "lotsen@lund.se" in client.get("/").content.decode()


def test_menu_follows_a_published_title(client, home):
    client.get("/principer/dialog/")
    principles = home.get_children().get(slug="principer").specific
    principles.title = "Våra principer"
    principles.save_revision().publish()
    assert ">Våra principer</a>" in client.get("/principer/dialog/").content.decode()


def test_header_is_rendered_once_per_page_and_version(client, django_assert_max_num_queries):
    client.get("/samverkansprocessen/")
    with django_assert_max_num_queries(15):
        client.get("/samverkansprocessen/")


@pytest.mark.parametrize("path", ["/", "/iop/vald-i-nara-relationer/", "/foreningslotsen/"])
def test_a_preview_shows_the_draft_not_the_kept_fragment(client, home, path):
    """The page's body is kept as a fragment; an editor's preview must still show the draft."""
    page = Page.objects.get(url_path=home.url_path + path.lstrip("/")).specific
    assert client.get(path).status_code == 200
    page.title = "Utkast som ingen har publicerat"
    assert "Utkast som ingen har publicerat" in page.make_preview_request().content.decode()
