"""Search finds word forms on SQLite and PostgreSQL alike (lundsite/search_backend.py): the
site search at /sok/ and the lists' free-text filters, which use the same search.

Runs on whichever database the suite runs on: SQLite by default, PostgreSQL in CI."""

import html
import re

import pytest

from tests.factories.frivilligkraft import publish_assignment
from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def result_links(content: str) -> list[str]:
    """The addresses of the results, in order; the header, menu and footer never count."""
    start = content.find('<ol class="search-results"')
    if start == -1:
        return []
    results = content[start : content.find("</ol>", start)]
    return re.findall(r'<a href="([^"]+)"', results)


def search(client, query: str, url: str = "/sok/") -> list[str]:
    """Every result, over all the result pages (one past the last gives the last again)."""
    found: list[str] = []
    for number in range(1, 20):
        links = result_links(client.get(url, {"q": query, "page": number}).content.decode())
        if not set(links) - set(found):
            break
        found += links
    return found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The home page says "Bli volontär"; Frivilligkraft calls itself a
        # "volontärförmedling" and no page has the bare word.
        ("volontär", "/frivilligkraft/"),
        # "IOP-avtal" in the register's title, "avtalet" in the text of open data.
        ("avtal", "/iop/"),
        ("avtal", "/iop/om-datan/"),
        # "Föreningslotsen" is one word, a compound no stemmer splits.
        ("förening", "/foreningslotsen/"),
        # "föreningar" and "förening" are forms of one word.
        ("föreningar", "/foreningslotsen/"),
    ],
)
def test_swedish_words_find_their_forms(client, query, expected):
    assert expected in search(client, query)


def test_english_words_find_their_forms(client):
    # "volunteer service" and "volunteers" on Frivilligkraft's English page.
    assert "/en/frivilligkraft/" in search(client, "volunteer", "/en/search/")


@pytest.mark.parametrize(
    ("query", "titled"),
    [("avtal", "/iop/"), ("förening", "/foreningslotsen/"), ("princip", "/principer/")],
)
def test_pages_with_the_word_in_their_title_come_first(client, query, titled):
    content = client.get("/sok/", {"q": query}).content.decode()
    found = re.findall(r'class="search-result__title"><a href="([^"]+)">([^<]+)</a>', content)
    in_title = [
        any(word.startswith(query) for word in re.findall(r"\w+", html.unescape(title).lower()))
        for _, title in found
    ]
    assert any(in_title) and not all(in_title)
    # Every title hit before every other result.
    assert in_title == sorted(in_title, reverse=True)
    assert titled in [url for (url, _), hit in zip(found, in_title, strict=True) if hit]


def test_a_title_outweighs_many_mentions_in_the_text(client, home):
    ContentPageFactory(
        parent=home,
        slug="ofta-namnt",
        title="En sida om annat",
        intro="Kanotklubbar. " * 3,
        body="<p>" + "Kanotklubben ror. Kanotklubbarna paddlar. " * 20 + "</p>",
    )
    ContentPageFactory(parent=home, slug="i-rubriken", title="Kanotklubben", intro="Om oss.")
    assert search(client, "kanotklubb")[:2] == ["/i-rubriken/", "/ofta-namnt/"]


def test_every_word_must_be_there_and_short_words_stay_whole(client, home):
    ContentPageFactory(parent=home, slug="kanot", title="Kanoter för alla", intro="Paddla inne.")
    assert search(client, "kanot paddl") == ["/kanot/"]
    assert search(client, "kanot simma") == []
    # "in" is a word of its own, not the start of every word that begins with it.
    assert search(client, "kanot inn") == ["/kanot/"]
    assert search(client, "kanot in") == []


def test_the_register_filter_finds_word_forms_and_parties(client):
    by_form = client.get("/iop/", {"q": "relation"}).content.decode()
    assert 'href="/iop/vald-i-nara-relationer/"' in by_form
    assert 'href="/iop/q-hanget/"' not in by_form
    # The start of a party's name, which is not in the agreement's own words.
    by_party = client.get("/iop/", {"q": "kvinnojour"}).content.decode()
    assert 'href="/iop/vald-i-nara-relationer/"' in by_party
    assert 'href="/iop/q-hanget/"' in by_party


def test_the_register_filter_keeps_the_lists_order_and_other_filters(client):
    content = client.get("/iop/", {"q": "stöd", "status": "ended"}).content.decode()
    start = content.find('class="card-list agreement-list"')
    cards = content[start : content.find("</ul>", start)]
    assert 'href="/iop/vald-i-nara-relationer/"' in cards
    assert "Avslutat" in cards and "Pågår" not in cards


def test_the_assignment_filter_finds_word_forms(client):
    publish_assignment("Fika på träffpunkten", tasks="Du dukar fram fikat åt besökarna.")
    publish_assignment("Läxhjälp i Genarp", tasks="Du hjälper barn med läxorna.")
    content = client.get("/frivilligkraft/", {"q": "träffpunkt fika"}).content.decode()
    assert "Fika på träffpunkten" in content
    assert "Läxhjälp i Genarp" not in content


@pytest.mark.parametrize("query", ["!!!", "\x00", "*", '"', "AND", "a" * 500])
def test_lists_take_any_words(client, query):
    for url in ("/iop/", "/frivilligkraft/", "/en/iop/"):
        assert client.get(url, {"q": query}).status_code == 200
