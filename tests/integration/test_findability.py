"""What search engines and link previews get: sitemap, robots.txt, meta tags, JSON-LD; and
the headers and cookies every reader gets."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """Each address in the sitemap with its alternates by language."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_sitemap_lists_both_languages_with_hreflang_alternates(client):
    entries = sitemap_entries(client)
    for swedish, english in [
        ("/", "/en/"),
        ("/principer/dialog/", "/en/principles/dialogue/"),
        ("/iop/", "/en/iop/"),
        ("/tillganglighet/", "/en/accessibility/"),
    ]:
        swedish_url, english_url = f"http://testserver{swedish}", f"http://testserver{english}"
        assert swedish_url in entries and english_url in entries
        expected = {"sv": swedish_url, "en": english_url}
        assert entries[swedish_url] == expected
        assert entries[english_url] == expected


def test_sitemap_lists_organisation_and_body_pages_in_both_languages(client):
    entries = sitemap_entries(client)
    for swedish, english in [
        ("/organisationer/kvinnojouren-lund/", "/en/organisations/kvinnojouren-lund/"),
        (
            "/forvaltningar/kultur-och-fritidsnamnden/",
            "/en/municipal-bodies/kultur-och-fritidsnamnden/",
        ),
    ]:
        swedish_url, english_url = f"http://testserver{swedish}", f"http://testserver{english}"
        expected = {"sv": swedish_url, "en": english_url}
        assert entries.get(swedish_url) == expected
        assert entries.get(english_url) == expected


def test_every_organisation_and_body_in_the_sitemap_answers(client):
    from partnerships.parties import MunicipalBody, Organisation

    folders = ("/organisationer/", "/en/organisations/", "/forvaltningar/", "/en/municipal-bodies/")
    addresses = [
        address.removeprefix("http://testserver")
        for address in sitemap_entries(client)
        if address.removeprefix("http://testserver").startswith(folders)
    ]
    parties = sum(
        model.objects.filter(locale__language_code="sv").count()
        for model in (Organisation, MunicipalBody)
    )
    # The two index pages and every party's page, in each language.
    assert len(addresses) == 2 * (2 + parties)
    for address in addresses:
        assert client.get(address).status_code == 200, address


def test_sitemap_leaves_out_search_drafts_and_admin(client, home):
    from tests.factories.home import ContentPageFactory

    ContentPageFactory(parent=home, title="Utkast", slug="utkast-i-sitemap", live=False)
    addresses = set(sitemap_entries(client))
    assert "http://testserver/sok/" not in addresses
    assert "http://testserver/utkast-i-sitemap/" not in addresses
    assert not any("/admin/" in address for address in addresses)


def test_sitemap_has_dates(client):
    content = client.get("/sitemap.xml").content.decode()
    assert re.search(r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>", content)


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


@pytest.mark.parametrize(
    ("url", "locale"),
    [("/principer/dialog/", "sv_SE"), ("/en/principles/dialogue/", "en_GB")],
)
def test_meta_description_open_graph_and_canonical(client, url, locale):
    content = client.get(url, {"utm_source": "x"}).content.decode()
    description = re.search(r'<meta name="description" content="([^"]+)">', content).group(1)
    assert len(description) > 20
    assert f'<meta property="og:description" content="{description}">' in content
    assert f'<link rel="canonical" href="http://testserver{url}">' in content
    assert f'<meta property="og:url" content="http://testserver{url}">' in content
    assert '<meta property="og:title" content="' in content
    assert '<meta property="og:type" content="website">' in content
    assert f'<meta property="og:locale" content="{locale}">' in content


def test_description_comes_from_search_description_first(client, home):
    legal = home.get_children().get(slug="personuppgifter").specific
    content = client.get("/personuppgifter/").content.decode()
    assert f'<meta name="description" content="{legal.search_description}">' in content


def test_description_falls_back_to_the_intro(client, home):
    from tests.factories.home import ContentPageFactory

    ContentPageFactory(
        parent=home, slug="utan-beskrivning", intro="En ingress som beskriver sidan."
    )
    content = client.get("/utan-beskrivning/").content.decode()
    assert '<meta name="description" content="En ingress som beskriver sidan.">' in content


def test_filtered_register_points_to_the_register_as_canonical(client):
    content = client.get("/iop/", {"board": "kultur-och-fritidsnamnden"}).content.decode()
    assert '<link rel="canonical" href="http://testserver/iop/">' in content


@pytest.mark.parametrize("url", ["/", "/en/"])
def test_home_page_names_lunds_kommun_in_json_ld(client, url):
    content = client.get(url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block.group(1))
    organisation = next(
        node for node in data["@graph"] if node["@type"] == "GovernmentOrganization"
    )
    assert organisation["name"] == "Lunds kommun"
    assert organisation["contactPoint"]["email"] == "foreningslots@lund.se"
    website = next(node for node in data["@graph"] if node["@type"] == "WebSite")
    assert website["inLanguage"] == ("en" if url == "/en/" else "sv")


def test_only_the_home_page_carries_json_ld(client):
    assert "application/ld+json" not in client.get("/principer/").content.decode()


def test_favicon_is_linked_and_served(client):
    content = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in content
    assert client.get("/static/img/favicon.svg").status_code == 200


@pytest.mark.parametrize(
    "url", ["/", "/en/", "/sok/?q=dialog", "/finns-inte/", "/robots.txt", "/sitemap.xml"]
)
def test_permissions_policy_and_no_cookies_for_readers(client, url):
    response = client.get(url)
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
        assert feature in policy
    assert response.cookies == {}
    assert "Set-Cookie" not in response


@pytest.mark.parametrize(("url", "language"), [("/", "sv"), ("/en/", "en")])
def test_footer_links_the_legal_pages(client, url, language):
    content = client.get(url).content.decode()
    footer = content[content.find("<footer") :]
    if language == "sv":
        assert 'href="/tillganglighet/"' in footer and 'href="/personuppgifter/"' in footer
    else:
        assert 'href="/en/accessibility/"' in footer and 'href="/en/privacy/"' in footer


@pytest.mark.parametrize("url", ["/principer/dialog/", "/", "/en/iop/"])
def test_pages_say_when_they_were_updated(client, url):
    content = client.get(url).content.decode()
    assert re.search(
        r'class="last-updated">\s*<p>[^<]+: <time datetime="\d{4}-\d{2}-\d{2}">', content
    )


def test_pages_name_their_responsible_unit_when_set(client, home):
    page = home.get_children().get(slug="principer").specific
    page.responsible_unit = "Kommunkontoret"
    page.save_revision().publish()
    assert "Ansvarig för sidan: Kommunkontoret" in client.get("/principer/").content.decode()
    assert "Ansvarig för sidan" not in client.get("/prioriterade-omraden/").content.decode()
