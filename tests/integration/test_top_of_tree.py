"""The top of the tree (lundsite/top_of_tree.py): the home page, the menu, the footer's pages,
the search page and short breadcrumbs in the reader's language from one query, kept until a
page up there or a new child of the home page is published, and not for a page further down."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, Site

from lundsite import top_of_tree
from lundsite.locales import active_locale, locale_of
from lundsite.models import ContactSettings
from lundsite.search_page import SearchPage
from lundsite.share_images import section_key
from partnerships.iop.agreements import IOPAgreementPage
from tests.cache_settings import DUMMY, emptied, local_cache_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_content():
    with emptied(local_cache_settings("top-of-tree")):
        call_command("load_initial_content", "--examples", verbosity=0)
        yield


def read(language: str) -> tuple[top_of_tree.TopOfTree, int]:
    with translation.override(language):
        active_locale()  # Read once per process, as a worker that has served a page has.
        with CaptureQueriesContext(connection) as queries:
            top = top_of_tree.for_request(RequestFactory().get("/"))
    return top, len(queries)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_top_in_the_readers_language_from_one_query_then_none(language):
    locale = Locale.objects.get(language_code=language)
    top, queries = read(language)
    # The site, its settings (the footer's pages) and the pages.
    assert queries == 3
    assert (top.home.locale_id, top.home.depth) == (locale.pk, 2)
    expected_menu = top.home.get_children().live().in_menu().public()
    assert [page.pk for page in top.menu()] == [page.pk for page in expected_menu]
    assert len(top.menu()) >= 5
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    with translation.override(language):
        expected_footer = [contact.accessibility_page.localized, contact.privacy_page.localized]
    assert all(page.locale_id == locale.pk for page in expected_footer)
    assert [page.pk for page in top.footer_pages] == [page.pk for page in expected_footer]
    assert top.first_live(SearchPage).pk == SearchPage.objects.get(locale=locale).pk

    again, queries = read(language)
    assert queries == 0
    assert again.menu() == top.menu()


def test_breadcrumbs_up_to_two_steps_below_home_and_not_further():
    top, _ = read("sv")
    agreement = IOPAgreementPage.objects.live().filter(locale=top.home.locale_id).first()
    expected = list(agreement.get_ancestors().filter(depth__gt=1))
    assert [page.pk for page in top.ancestors_of(agreement)] == [page.pk for page in expected]
    section = agreement.get_parent()
    assert [page.pk for page in top.ancestors_of(section)] == [top.home.pk]
    assert top.ancestors_of(top.home) is None
    deeper = Page(path=agreement.path + "0001", depth=agreement.depth + 1)
    assert top.ancestors_of(deeper) is None


def test_a_publish_up_there_shows_and_one_further_down_keeps_it():
    top, _ = read("en")
    first = top.menu()[0].specific
    first.title = "A new name for the menu"
    first.save_revision().publish()
    top, queries = read("en")
    assert queries > 0
    assert top.menu()[0].title == "A new name for the menu"

    agreement = IOPAgreementPage.objects.live().filter(locale=top.home.locale_id).first()
    agreement.title = "A new name for one agreement"
    agreement.save_revision().publish()
    _, queries = read("en")
    assert queries == 0


def test_an_unpublished_english_home_falls_back_to_the_sites_own():
    english = Locale.objects.get(language_code="en")
    Page.objects.filter(depth=2, locale=english).update(live=False)
    top, _ = read("en")
    site = Site.objects.get(is_default_site=True)
    assert top.home.pk == site.root_page_id
    assert [page.pk for page in top.menu()] == [
        page.pk for page in site.root_page.get_children().live().in_menu().public()
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_pages_share_card_comes_from_its_section_up_there(language):
    top, _ = read(language)
    agreement = IOPAgreementPage.objects.live().filter(locale=top.home.locale_id).first()
    ancestors = top.ancestors_of(agreement)
    locale_of("sv")  # Read once per process, as a worker that has served a page has.
    with CaptureQueriesContext(connection) as queries:
        key = section_key(agreement, ancestors)
    assert key == section_key(agreement) == "iop"
    # The section's Swedish slug names the card: only an English page asks for it.
    assert len(queries) == (0 if language == "sv" else 1)


def test_a_page_made_again_with_its_fragments_kept_does_not_read_it(client, monkeypatch):
    reads = []
    read_top = top_of_tree.for_request
    monkeypatch.setattr(
        top_of_tree, "for_request", lambda request: reads.append(1) or read_top(request)
    )
    with override_settings(CACHES=local_cache_settings("top-of-tree-again", pages=DUMMY)):
        assert client.get("/principer/").status_code == 200
        assert reads
        reads.clear()
        assert client.get("/principer/").status_code == 200
    # Header, footer, breadcrumbs and share card were kept: no reason to unpickle it all.
    assert reads == []


@pytest.mark.parametrize(
    ("language", "index"), [("sv", "/forvaltningar/"), ("en", "/en/municipal-bodies/")]
)
def test_a_partys_page_address_comes_from_the_index_up_there(language, index):
    from partnerships.parties import MunicipalBody

    body = MunicipalBody.objects.get(
        locale__language_code=language, slug="kultur-och-fritidsnamnden"
    )
    request = RequestFactory().get("/")
    with translation.override(language):
        active_locale()
        # Read by every page before its content: the top of the tree and the site's roots.
        top_of_tree.for_request(request).home.get_url(request)
        with CaptureQueriesContext(connection) as queries:
            url = body.public_url(request)
    assert url == f"{index}kultur-och-fritidsnamnden/"
    assert [query["sql"] for query in queries] == []
    # A party in another language than the reader's: its index is looked up.
    other = MunicipalBody.objects.get(
        translation_key=body.translation_key,
        locale__language_code="sv" if language == "en" else "en",
    )
    with translation.override(language):
        assert other.public_url(request).endswith("/kultur-och-fritidsnamnden/")
