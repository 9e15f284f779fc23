"""Site search at /sok/ and /en/search/: every page type, the reader's language only."""

import pytest
from django.core.cache import caches as django_caches
from django.db import connection
from django.test import override_settings

pytestmark = pytest.mark.django_db


def results_html(content: str) -> str:
    """The list of results only, so that the header, menu and footer never count as hits."""
    start = content.find('<ol class="search-results"')
    return content[start : content.find("</ol>", start)] if start != -1 else ""


def test_search_page_is_at_the_contract_addresses(client):
    swedish = client.get("/sok/")
    english = client.get("/en/search/")
    assert swedish.status_code == english.status_code == 200
    assert '<html lang="sv">' in swedish.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert 'id="search-q"' in swedish.content.decode()


@pytest.mark.parametrize("url", ["/", "/principer/", "/iop/", "/en/", "/en/iop/"])
def test_every_page_has_a_search_field_in_its_header(client, url):
    content = client.get(url).content.decode()
    header = content[content.find("<header") : content.find("</header>")]
    action = "/en/search/" if url.startswith("/en/") else "/sok/"
    assert f'action="{action}"' in header
    assert 'role="search"' in header
    assert '<label class="visually-hidden" for="site-search-q">' in header


def test_results_show_type_title_snippet_and_date(client):
    content = client.get("/sok/", {"q": "dialog"}).content.decode()
    results = results_html(content)
    assert 'href="/principer/dialog/"' in results
    assert '<span class="tag">Princip</span>' in results
    assert 'class="search-result__snippet"' in results
    assert "<time datetime=" in results
    assert "träff" in content


def test_results_label_priority_areas_agreements_and_pages(client):
    results = results_html(client.get("/sok/", {"q": "inkludering"}).content.decode())
    assert '<span class="tag">Prioriterat område</span>' in results
    results = results_html(client.get("/sok/", {"q": "Kvinnojouren"}).content.decode())
    assert '<span class="tag">IOP-avtal</span>' in results
    results = results_html(client.get("/sok/", {"q": "personuppgifter"}).content.decode())
    assert '<span class="tag">Sida</span>' in results


def test_finds_agreements_by_partner_organisation(client):
    # "Fontänhuset" is the name of a party, not a word of the agreement's title.
    results = results_html(client.get("/sok/", {"q": "Fontänhuset"}).content.decode())
    assert "/iop/" in results
    assert '<span class="tag">IOP-avtal</span>' in results


def test_results_are_in_the_readers_language(client):
    swedish = results_html(client.get("/sok/", {"q": "Kvinnojouren"}).content.decode())
    english = results_html(client.get("/en/search/", {"q": "Kvinnojouren"}).content.decode())
    assert 'href="/iop/' in swedish and 'href="/en/' not in swedish
    assert 'href="/en/iop/' in english
    assert 'href="/iop/' not in english


def test_english_search_finds_english_words(client):
    results = results_html(client.get("/en/search/", {"q": "dialogue"}).content.decode())
    assert 'href="/en/principles/dialogue/"' in results
    assert '<span class="tag">Principle</span>' in results


def test_nothing_found_says_what_to_do(client):
    content = client.get("/sok/", {"q": "xyzzyquux"}).content.decode()
    assert "0 träffar" in content
    assert "Vi hittade inget" in content
    assert "Kontrollera stavningen" in content
    assert 'class="search-results"' not in content


def test_english_nothing_found(client):
    content = client.get("/en/search/", {"q": "xyzzyquux"}).content.decode()
    assert "Check the spelling" in content
    assert "We found nothing" in content


@pytest.mark.parametrize(
    "query",
    [
        {"q": "<script>alert(1)</script>"},
        {"q": '"><img src=x onerror=alert(1)>'},
        {"q": "a" * 5000},
        {"q": "\x00"},
        {"q": "AND OR NOT ( ) * \" ' : - +"},
        {"q": "dialog", "page": "abc"},
        {"q": "dialog", "page": "9999"},
        {"q": "dialog", "page": "-1"},
        {"q": ""},
        {"q": "   "},
        {"page": "2"},
    ],
)
def test_no_query_breaks_the_search_or_reflects_markup(client, query):
    for url in ("/sok/", "/en/search/"):
        response = client.get(url, query)
        content = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert" not in content
        assert "<img src=x" not in content


def test_pagination_past_the_end_shows_the_last_page(client, home):
    from tests.factories.home import ContentPageFactory

    for number in range(12):
        ContentPageFactory(parent=home, title=f"Paginering {number}", slug=f"paginering-{number}")
    first = client.get("/sok/", {"q": "Paginering"}).content.decode()
    assert "12 träffar" in first
    assert 'href="?q=Paginering&amp;page=2" rel="next"' in first
    assert "Sida 1 av 2" in first
    beyond = client.get("/sok/", {"q": "Paginering", "page": "99"}).content.decode()
    assert "Sida 2 av 2" in beyond
    assert len(results_html(beyond).split('class="search-result"')) - 1 == 2


def test_searches_are_cached_but_not_indexed(client):
    response = client.get("/sok/", {"q": "dialog"})
    assert "no-store" not in response.get("Cache-Control", "")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_draft_pages_are_not_found(client, home):
    from tests.factories.home import ContentPageFactory

    ContentPageFactory(parent=home, title="Hemligtutkast", slug="utkast", live=False)
    content = client.get("/sok/", {"q": "Hemligtutkast"}).content.decode()
    assert "0 träffar" in content


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Swedish stemming needs PostgreSQL's Swedish configuration (CI runs PostgreSQL)",
)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # "Kvinnojourens" (genitive) finds the agreements of "Kvinnojouren Lund".
        ("kvinnojourens", 'href="/iop/vald-i-nara-relationer/"'),
        # "ensamheten" (definite form) finds pages that say "ensamhet".
        ("ensamheten", 'href="/prioriterade-omraden/halsosamma-levnadsvanor/"'),
    ],
)
def test_swedish_stemming_on_postgresql(client, query, expected):
    results = results_html(client.get("/sok/", {"q": query}).content.decode())
    assert expected in results


LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def test_search_takes_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    """With the header and footer cached as in production (DESIGN.md: at most 15), and no
    more for many results than for few."""
    caches = {
        "default": {**LOCMEM, "LOCATION": "search-default"},
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "ratelimit": {**LOCMEM, "LOCATION": "search-ratelimit"},
    }
    with override_settings(CACHES=caches):
        django_caches["default"].clear()
        client.get("/sok/", {"q": "dialog"})
        with django_assert_max_num_queries(15):
            assert client.get("/sok/", {"q": "samverkan"}).status_code == 200
        with django_assert_max_num_queries(15):
            assert client.get("/sok/", {"q": "dialog"}).status_code == 200
