"""The site a request is for, kept in the process's memory per site version
(lundsite/site_memory.py): no query on the next request, a change of site seen at once,
and a home page whose other fields are still read from the database."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, Site

from lundsite import site_memory

pytestmark = pytest.mark.django_db


def find(host: str = "localhost") -> Site:
    return Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host))


def test_the_next_request_finds_its_site_without_a_query(django_assert_num_queries):
    first = find()
    with django_assert_num_queries(0):
        again = find()
    assert again is not first
    assert (again.pk, again.hostname, again.root_page_id) == (
        first.pk,
        first.hostname,
        first.root_page_id,
    )
    home = Page.objects.get(pk=first.root_page_id)
    with django_assert_num_queries(0):
        assert (again.root_page.path, again.root_page.translation_key) == (
            home.path,
            home.translation_key,
        )
    # Any other field is read as it is now, never from memory.
    Page.objects.filter(pk=home.pk).update(title="Ny titel")
    with django_assert_num_queries(1):
        assert again.root_page.title == "Ny titel"


def test_a_changed_site_is_found_at_once(home):
    site = find()
    other = Site.objects.create(hostname="annan.example", root_page=home, site_name="Annan")
    assert find("annan.example").pk == other.pk
    other.hostname = "tredje.example"
    other.save()
    assert find("annan.example").pk == site.pk  # the default site again
    assert find("tredje.example").pk == other.pk


def test_kept_a_few_minutes_at_most(monkeypatch, django_assert_num_queries):
    find()
    now = site_memory.time.monotonic()
    monkeypatch.setattr(site_memory.time, "monotonic", lambda: now + site_memory.KEEP_SECONDS + 1)
    with django_assert_num_queries(1):
        find()


def test_an_english_sections_card_is_named_by_its_swedish_slug_once(django_assert_num_queries):
    from lundsite.share_images import section_key

    page = Page.objects.get(locale__language_code="en", depth=3, slug="principles")
    assert section_key(page) == "principer"
    with django_assert_num_queries(0):
        assert section_key(page) == "principer"


def test_contact_settings_once_per_version_and_as_saved(django_assert_num_queries):
    from lundsite.models import ContactSettings

    site = find()
    first = ContactSettings.for_site(site)
    with django_assert_num_queries(0):
        again = ContactSettings.for_site(site)
    assert again is not first
    assert again.foreningslots_email == first.foreningslots_email
    assert list(again.foreningslots_hours.raw_data) == list(first.foreningslots_hours.raw_data)
    again.foreningslots_email = "ny@lund.se"
    again.save()  # moves the site version on, as an editor's save in the admin does
    assert ContactSettings.for_site(site).foreningslots_email == "ny@lund.se"
