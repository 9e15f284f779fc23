"""The accessibility statement and the privacy notice say what the law asks them to."""

import pytest

pytestmark = pytest.mark.django_db


def test_accessibility_statement_has_what_digg_asks_for(client):
    content = client.get("/tillganglighet/").content.decode()
    assert "delvis förenlig" in content
    assert "WCAG 2.1" in content and "AA" in content
    assert "Kända brister" in content
    assert "24 november 2026" in content
    assert 'href="mailto:foreningslots@lund.se"' in content
    assert 'href="/foreningslotsen/"' in content
    assert 'href="https://www.digg.se/tdosanmalan"' in content


def test_accessibility_statement_in_english(client):
    content = client.get("/en/accessibility/").content.decode()
    assert "partially compliant" in content
    assert "Known problems" in content
    assert 'href="/en/association-guide/"' in content
    assert 'href="https://www.digg.se/tdosanmalan"' in content


@pytest.mark.parametrize(
    "words",
    [
        "ändamål",
        "rättslig grund",
        "allmänt intresse",
        "myndighet",
        "24 månader",
        "registerutdrag",
        "rättelse",
        "radering",
        "begränsning",
        "invändning",
        "Integritetsskyddsmyndigheten",
        "dataskyddsombud",
        "allmän handling",
        "offentlighetsprincipen",
        "gallring",
    ],
)
def test_privacy_notice_covers(client, words):
    assert words in client.get("/personuppgifter/").content.decode()


def test_privacy_notice_in_english(client):
    content = client.get("/en/privacy/").content.decode()
    for words in ("purpose", "legal basis", "public interest", "24 months", "objection", "IMY"):
        assert words in content
