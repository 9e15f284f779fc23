"""Link previews: each page names its section's card (og:image, 1200×630, with its alt text)
in the reader's language, and search engines get an x-default alternate."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db


def meta(content: str, name: str) -> str:
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', content)
    assert found, f"no {name}"
    return unescape(found.group(1))


@pytest.mark.parametrize(
    ("url", "card", "language"),
    [
        ("/", "home", "sv"),
        ("/en/", "home", "en"),
        ("/overenskommelsen/", "overenskommelsen", "sv"),
        ("/en/the-agreement/", "overenskommelsen", "en"),
        ("/principer/dialog/", "principer", "sv"),
        ("/en/principles/dialogue/", "principer", "en"),
        ("/prioriterade-omraden/", "prioriterade-omraden", "sv"),
        ("/en/priority-areas/", "prioriterade-omraden", "en"),
        ("/samverkansprocessen/", "samverkansprocessen", "sv"),
        ("/en/collaboration-process/", "samverkansprocessen", "en"),
        ("/iop/", "iop", "sv"),
        ("/en/iop/", "iop", "en"),
        ("/frivilligkraft/", "frivilligkraft", "sv"),
        ("/en/frivilligkraft/", "frivilligkraft", "en"),
        ("/foreningslotsen/", "foreningslotsen", "sv"),
        ("/en/association-guide/", "foreningslotsen", "en"),
        ("/tillganglighet/", "site", "sv"),
        ("/en/privacy/", "site", "en"),
    ],
)
def test_each_page_shows_its_sections_card(client, url, card, language):
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    image = meta(content, "og:image")
    assert image == f"http://testserver/static/img/share/{card}.{language}.png"
    assert meta(content, "og:image:width") == "1200"
    assert meta(content, "og:image:height") == "630"
    assert meta(content, "twitter:card") == "summary_large_image"
    # The image is really there, where the tag says.
    picture = client.get(image.removeprefix("http://testserver"))
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/png"


def test_the_cards_alt_text_is_in_the_readers_language(client):
    swedish = meta(client.get("/iop/").content.decode(), "og:image:alt")
    english = meta(client.get("/en/iop/").content.decode(), "og:image:alt")
    assert swedish == "IOP-avtal. Mellan kommunen och föreningar i Lund."
    assert english == "IOP agreements. Between the municipality and associations in Lund."


@pytest.mark.parametrize("url", ["/principer/dialog/", "/en/principles/dialogue/"])
def test_x_default_points_to_the_swedish_page(client, url):
    content = client.get(url).content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content)
    )
    assert alternates == {
        "sv": "http://testserver/principer/dialog/",
        "en": "http://testserver/en/principles/dialogue/",
        "x-default": "http://testserver/principer/dialog/",
    }
