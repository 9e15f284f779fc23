"""A list is kept as a fragment per query (lundsite/filtered_listing.py's `list_key`): drawn
again it is neither counted nor read, and a publish that changes it shows at once."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lundsite.filtered_listing import list_key
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.filters import RegisterFilterForm
from tests.cache_settings import DUMMY, emptied, local_cache_settings
from tests.factories.events import publish_event
from tests.factories.followup import agreement


@pytest.fixture(autouse=True)
def local_caches():
    # Every request makes its page: what is measured is the list's fragment.
    with emptied(local_cache_settings("lists", pages=DUMMY)):
        yield


def key_of(query: str) -> str | None:
    request = RequestFactory().get("/iop/" + query)
    return list_key(RegisterFilterForm(request.GET or None, locale=1), request)


@pytest.mark.django_db
def test_one_query_one_key_whatever_the_order_and_other_parameters():
    assert key_of("?status=ended&sort=end") == key_of("?sort=end&utm_source=news&status=ended")
    assert key_of("?status=ended&page=2") != key_of("?status=ended")
    assert key_of("") == key_of("?utm_source=news")


@pytest.mark.django_db
def test_a_kept_list_links_on_with_its_own_parameters_only(client):
    first = client.get("/iop/?utm_source=news&status=ended").content.decode()
    assert "utm_source" not in first
    assert "export.csv?status=ended" in first


@pytest.mark.django_db
def test_a_refused_filter_is_not_kept():
    assert key_of("?status=\x00") is None


def sql_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries]


@pytest.mark.django_db
def test_a_kept_list_is_neither_counted_nor_read_again(client):
    first = sql_of(client, "/iop/?status=ended&sort=end")
    again = sql_of(client, "/iop/?sort=end&status=ended")
    assert any("COUNT(" in sql for sql in first)
    assert not any("COUNT(" in sql or "partnerships_iopagreementpage" in sql for sql in again)


@pytest.mark.django_db
def test_a_published_change_shows_in_the_kept_list_at_once(client):
    assert client.get("/iop/").status_code == 200
    shown = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
    shown.title = "Ett nytt namn på avtalet"
    shown.save_revision().publish()
    # Newest first: a new agreement is on the list's first page.
    new = agreement(start=timezone.localdate() + datetime.timedelta(days=365))
    page = client.get("/iop/").content.decode()
    assert "Ett nytt namn på avtalet" in page
    assert new.title in page


@pytest.mark.django_db
def test_the_events_list_changes_when_a_coming_event_ends(client):
    event = publish_event(title="Kurs som snart slutar", days_ahead=0, closes_in_days=None)
    event.starts_at = timezone.now() - datetime.timedelta(hours=2)
    event.ends_at = timezone.now() + datetime.timedelta(hours=1)
    event.save_revision().publish()
    coming = client.get("/evenemang/").content.decode()
    assert "Kurs som snart slutar" in coming.split('id="past-heading"')[0]
    # An hour later nothing was published, yet it is past: the kept list is not used.
    later = timezone.now() + datetime.timedelta(hours=2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        past = client.get("/evenemang/").content.decode()
    assert "Kurs som snart slutar" in past.split('id="past-heading"')[1]


@pytest.mark.django_db
def test_a_filters_pages_are_read_for_every_language_at_once(django_assert_num_queries):
    from lundsite.filtered_listing import live_pages_by_slug
    from lundsite.locales import locale_of
    from principles.models import PriorityAreaPage

    swedish = live_pages_by_slug(PriorityAreaPage, locale_of("sv"))
    # The language switch of a filtered list asks for the other language's slugs.
    with django_assert_num_queries(0):
        english = live_pages_by_slug(PriorityAreaPage, locale_of("en").pk)
    assert "inkludering" in swedish and "inclusion" in english
    assert swedish["inkludering"].translation_key == english["inclusion"].translation_key
    assert {page.locale_id for page in english.values()} == {locale_of("en").pk}


@pytest.mark.django_db
def test_a_new_area_shows_in_the_filters_at_once(client):
    from wagtail.models import Page

    from principles.models import PriorityAreaPage

    assert "Nytt område" not in client.get("/iop/").content.decode()
    index = Page.objects.get(slug="prioriterade-omraden", locale__language_code="sv")
    area = PriorityAreaPage(
        title="Nytt område", slug="nytt-omrade", summary="Ett nytt område.", description="Om det."
    )
    index.add_child(instance=area)
    area.save_revision().publish()
    content = client.get("/iop/").content.decode()
    assert '<option value="nytt-omrade">Nytt område</option>' in content
