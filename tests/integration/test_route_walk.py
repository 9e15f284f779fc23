"""The one-query walk down the tree answers as Wagtail's own walk does, for every page and
sub-page of the loaded site in both languages, and leaves the cases it cannot tell to it."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, Site

from lundsite import route_walk
from lundsite.benchmark import representative_urls
from lundsite.locales import active_locale
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from principles.models import PrinciplePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    call_command("load_initial_content", "--examples", verbosity=0)
    # As Wagtail finds it for a request: with its home page.
    return Site.objects.select_related("root_page").get(is_default_site=True)


def _language_and_components(url: str) -> tuple[str, list[str]]:
    path = url.split("?")[0]
    language = "sv"
    if path.startswith("/en/"):
        language, path = "en", path[3:]
    return language, [part for part in path.split("/") if part]


def _wagtail(site: Site, components: list[str]):
    request = RequestFactory().get("/")
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def _shortcut(site: Site, components: list[str]):
    return route_walk.route(RequestFactory().get("/"), site, components)


def _same(found, expected) -> bool:
    if found is None or expected is None:
        return found is expected
    view, args, kwargs = found.args or (None, (), {})
    wagtail_view, wagtail_args, wagtail_kwargs = expected.args or (None, (), {})
    return (
        type(found.page) is type(expected.page)
        and found.page.pk == expected.page.pk
        and getattr(view, "__name__", None) == getattr(wagtail_view, "__name__", None)
        and (args, kwargs) == (wagtail_args, wagtail_kwargs)
    )


def test_every_page_and_sub_page_is_found_as_wagtail_finds_it(site):
    urls = [url for url in representative_urls() if url.split("?")[0] not in ("/", "/en/")]
    urls += ["/nope/", "/iop/nope/", "/en/nope/deeper/", "/uppfoljning/1999/"]
    answered = 0
    for url in urls:
        language, components = _language_and_components(url)
        with translation.override(language):
            found = _shortcut(site, components)
            expected = _wagtail(site, components)
        assert found is not route_walk.ASK_WAGTAIL, url
        assert _same(found, expected), url
        answered += found is not None
    assert answered > 40


def test_a_deep_page_is_found_in_two_queries(site):
    agreement = IOPAgreementPage.objects.live().filter(locale__language_code="en").first()
    components = [part for part in agreement.url_path.split("/") if part][1:]
    with translation.override("en"):
        active_locale()  # Read once per process, as a worker that has served a page has.
        with CaptureQueriesContext(connection) as queries:
            found = _shortcut(site, components)
            assert found.page.locale.language_code == "en"
    assert found.page.pk == agreement.pk
    assert isinstance(found.page, IOPAgreementPage)
    # The pages on the way, the deepest one's own type (the site came with the request,
    # the locale is the reader's).
    assert len(queries) == 2, [q["sql"][:90] for q in queries]


def test_a_sub_page_that_shadows_a_child_page_is_left_to_wagtail(site):
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    agreement = IOPAgreementPage.objects.child_of(register).first()
    # A page whose slug is one of the register's own addresses: Wagtail serves the feed.
    agreement.slug = "feed"
    agreement.save()
    components = [part for part in register.url_path.split("/") if part][1:] + ["feed"]
    assert _shortcut(site, components) is route_walk.ASK_WAGTAIL
    assert _wagtail(site, components).page.pk == register.pk


def test_an_unpublished_english_home_is_left_to_wagtail(site):
    english_home = site.root_page.get_translation(Locale.objects.get(language_code="en"))
    Page.objects.filter(pk=english_home.pk).update(live=False)
    with translation.override("en"):
        assert _shortcut(site, ["the-agreement"]) is route_walk.ASK_WAGTAIL


def test_the_site_serves_through_the_shortcut_and_its_fallback(site, client):
    assert client.get("/iop/").status_code == 200
    assert client.get("/iop/feed/").status_code == 200
    assert client.get("/en/the-agreement/").status_code == 200
    assert client.get("/iop/nope/").status_code == 404


def test_pages_that_share_a_slug_at_one_depth_are_told_apart_by_their_parents(site):
    agreement = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
    principle = PrinciplePage.objects.live().filter(locale__language_code="sv").first()
    principle.slug = agreement.slug
    principle.save()
    for page in (agreement, principle):
        page.refresh_from_db()
        components = [part for part in page.url_path.split("/") if part][1:]
        assert _shortcut(site, components).page.pk == page.pk


def test_an_address_deeper_than_any_page_is_left_to_wagtail(site, client):
    components = ["iop"] + ["a"] * (route_walk.MAX_STEPS + 1)
    with CaptureQueriesContext(connection) as queries:
        assert _shortcut(site, components) is route_walk.ASK_WAGTAIL
    assert len(queries) == 0
    assert client.get("/" + "/".join(["a"] * 5000) + "/").status_code == 404
