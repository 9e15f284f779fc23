"""Issue 17: ongoing agreements first, a language switcher that keeps the reader's place and
query, filters that explain a refused value, and a privacy notice true about cookies."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone

from partnerships.iop.agreements import IOPAgreementPage, Status, status_for
from partnerships.iop.register import IOPRegisterPage
from tests.factories.frivilligkraft import publish_assignment
from tests.factories.partnerships import IOPAgreementPageFactory

pytestmark = pytest.mark.django_db
RANK = {Status.ACTIVE: 0, Status.PLANNED: 1, Status.ENDED: 2}


@pytest.fixture
def dated_agreements() -> dict[str, IOPAgreementPage]:
    """One agreement of each status, each starting later than any seeded one, so that
    "newest first" alone would put the ended and the planned ones on top."""
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    today = timezone.localdate()
    days = datetime.timedelta
    dates = {
        "ended-newest": (today - days(30), today - days(1)),
        "planned-soon": (today + days(10), None),
        "ongoing-new": (today - days(60), today + days(300)),
        "ongoing-older": (today - days(90), None),
    }
    return {
        slug: IOPAgreementPageFactory(
            parent=register, slug=slug, title=slug, start_date=start, end_date=end
        )
        for slug, (start, end) in dates.items()
    }


def positions(content: str, slugs) -> list[int]:
    return [content.index(f'href="/iop/{slug}/"') for slug in slugs]


def test_register_lists_ongoing_then_planned_then_ended(client, dated_agreements):
    content = client.get("/iop/").content.decode()
    order = ["ongoing-new", "ongoing-older", "planned-soon", "ended-newest"]
    assert positions(content, order) == sorted(positions(content, order))
    # The new order is the sort field's first choice, so the default.
    assert re.search(
        r'<select name="sort"[^>]*>\s*<option value="status"[^>]*>Pågående först', content
    )


def test_every_agreement_in_status_order_newest_first_within(client, dated_agreements):
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    today = timezone.localdate()
    found = list(register.agreements().ongoing_first())
    ranks = [RANK[status_for(a.start_date, a.end_date, today)] for a in found]
    assert ranks == sorted(ranks) and set(ranks) == {0, 1, 2}
    for rank in set(ranks):
        starts = [a.start_date for a, r in zip(found, ranks, strict=True) if r == rank]
        dated = [start for start in starts if start]
        assert dated == sorted(dated, reverse=True)


def test_ongoing_first_is_one_query(dated_agreements, django_assert_num_queries):
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    agreements = register.agreements()  # public() looks up view restrictions here
    with django_assert_num_queries(1):
        list(agreements.ongoing_first())


def test_the_other_sorts_stay(client, dated_agreements):
    newest = client.get("/iop/?sort=newest").content.decode()
    assert positions(newest, ["planned-soon", "ended-newest", "ongoing-new"]) == sorted(
        positions(newest, ["planned-soon", "ended-newest", "ongoing-new"])
    )
    ending = client.get("/iop/?sort=end").content.decode()
    assert positions(ending, ["ended-newest", "ongoing-new"]) == sorted(
        positions(ending, ["ended-newest", "ongoing-new"])
    )


def test_home_page_leads_with_ongoing_agreements(client, dated_agreements):
    content = client.get("/").content.decode()
    latest = content[content.index('id="latest-agreements-heading"') :]
    shown = re.findall(r'href="/iop/([^/"]+)/"', latest)[:3]
    assert shown[:2] == ["ongoing-new", "ongoing-older"]
    assert "ended-newest" not in shown and "planned-soon" not in shown


# The language switcher


def switcher_link(content: str, language: str) -> str:
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    return re.search(rf'<a href="([^"]+)" lang="{language}"', switcher).group(1)


@pytest.fixture
def real_cache():
    """The header's fragments cached as in production, to prove the switcher is not."""
    locmem = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=locmem):
        cache.clear()
        yield
        cache.clear()


@pytest.mark.usefixtures("real_cache")
@pytest.mark.parametrize(
    ("path", "language", "expected"),
    [
        (
            "/iop/?board=kultur-och-fritidsnamnden&q=natur",
            "en",
            "/en/iop/?board=kultur-och-fritidsnamnden&amp;q=natur",
        ),
        ("/iop/?area=inkludering&status=active", "en", "/en/iop/?area=inclusion&amp;status=active"),
        ("/en/iop/?area=inclusion", "sv", "/iop/?area=inkludering"),
        ("/frivilligkraft/?district=centrum", "en", "/en/frivilligkraft/?district=centrum"),
        ("/frivilligkraft/lagg-upp-uppdrag/", "en", "/en/frivilligkraft/post-an-assignment/"),
        ("/en/frivilligkraft/post-an-assignment/", "sv", "/frivilligkraft/lagg-upp-uppdrag/"),
        ("/sok/?q=volont%C3%A4r", "en", "/en/search/?q=volont%C3%A4r"),
        # One-off parameters (a receipt, a thank-you) stay behind; the list's own carry over.
        ("/foreningslotsen/tack/?kvitto=SI-2026-0001", "en", "/en/association-guide/tack/"),
        ("/iop/?status=active&tack=1", "en", "/en/iop/?status=active"),
    ],
)
def test_switcher_keeps_the_place_and_the_query(client, path, language, expected):
    # The page's plain list first, so that its header fragments are in the cache.
    client.get(re.sub(r"(lagg-upp-uppdrag|post-an-assignment)/", "", path.split("?")[0]))
    assert switcher_link(client.get(path).content.decode(), language) == expected


@pytest.mark.usefixtures("real_cache")
def test_hreflang_alternates_name_the_page_without_query(client):
    content = client.get("/iop/?area=inkludering").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/iop/">' in content
    assert switcher_link(client.get("/iop/").content.decode(), "en") == "/en/iop/"


# Filters that explain themselves


def test_boards_and_administrations_in_separate_groups(client):
    content = client.get("/iop/").content.decode()
    boards = content.index('<optgroup label="Nämnder">')
    administrations = content.index('<optgroup label="Förvaltningar">')
    assert boards < content.index('value="kultur-och-fritidsnamnden"') < administrations
    assert administrations < content.index('value="arbetsmarknads-och-socialforvaltningen"')
    english = client.get("/en/iop/").content.decode()
    assert (
        '<optgroup label="Committees">' in english and '<optgroup label="Departments">' in english
    )


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("year=abc", "year", "heltal"),
        ("year=1800", "year", "Välj ett år mellan 2000"),
        ("board=finns-inte", "board", "finns-inte"),
        ("sort=x", "sort", "Välj ett giltigt alternativ"),
    ],
)
def test_a_refused_filter_says_why_by_its_field(client, query, field, message):
    response = client.get(f"/iop/?{query}")
    content = response.content.decode()
    # 200, not 400: the page is still the register with its form to put right (see
    # lundsite/filtered_listing.py), but not one for search engines.
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    error = re.search(
        rf'id="id_{field}-error"><span class="visually-hidden">Fel:</span>([^<]*)</span>', content
    )
    assert error and message in error.group(1)
    assert content.index(f'id="id_{field}-error"') < content.index(f'id="id_{field}"')
    assert f'aria-describedby="id_{field}-error"' in content
    assert f'<a href="#id_{field}">' in content


def test_frivilligkraft_refused_filter_says_why(client):
    response = client.get("/frivilligkraft/?category=finns-inte")
    content = response.content.decode()
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
    assert 'id="id_category-error"' in content
    assert 'aria-describedby="id_category-error"' in content
    assert '<a href="#id_category">' in content


# Cookies: the privacy notice names the one cookie, and pages set no other


def test_privacy_notice_names_the_cookie(client):
    for path in ("/personuppgifter/", "/en/privacy/"):
        assert "csrftoken" in client.get(path).content.decode()


def test_pages_with_a_form_set_no_cookie_until_the_form_is_used():
    """The notice says the cookie comes when you start filling in a form: the page's script
    fetches the token then, from /csrf/."""
    assignment = publish_assignment()
    for path in ("/foreningslotsen/", assignment.url, "/frivilligkraft/lagg-upp-uppdrag/"):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
    assert set(Client().get("/csrf/").cookies) == {"csrftoken"}


def test_pages_to_read_set_no_cookie():
    for path in ("/", "/iop/", "/frivilligkraft/", "/personuppgifter/", "/en/"):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
