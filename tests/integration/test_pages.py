"""Every public page of the foundation, through Django's test client, in both languages."""

import re

import pytest
from django.http import HttpRequest

from tests.source_facts import PRINCIPLES

pytestmark = pytest.mark.django_db

# The Swedish URL contract from DESIGN.md and the English counterpart of each page.
PAGES = [
    ("/", "/en/"),
    ("/overenskommelsen/", "/en/the-agreement/"),
    ("/principer/", "/en/principles/"),
    ("/principer/dialog/", "/en/principles/dialogue/"),
    ("/prioriterade-omraden/", "/en/priority-areas/"),
    ("/prioriterade-omraden/inkludering/", "/en/priority-areas/inclusion/"),
    ("/samverkansprocessen/", "/en/collaboration-process/"),
    ("/iop/", "/en/iop/"),
    ("/frivilligkraft/", "/en/frivilligkraft/"),
    ("/foreningslotsen/", "/en/association-guide/"),
    ("/tillganglighet/", "/en/accessibility/"),
    ("/personuppgifter/", "/en/privacy/"),
]
SWEDISH = [swedish for swedish, _ in PAGES]
ENGLISH = [english for _, english in PAGES]


def html_lang(content: str) -> str:
    return re.search(r'<html lang="([^"]+)"', content).group(1)


@pytest.mark.parametrize("url", SWEDISH + ENGLISH)
def test_page_renders_with_one_h1(client, url):
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count("<h1") == 1
    assert html_lang(content) == ("en" if url.startswith("/en/") else "sv")
    assert 'href="#main"' in content and 'id="main"' in content


@pytest.mark.parametrize(("swedish", "english"), PAGES)
def test_language_switcher_leads_to_the_same_page(client, swedish, english):
    swedish_html = client.get(swedish).content.decode()
    english_html = client.get(english).content.decode()
    assert f'<a href="{english}" lang="en" hreflang="en">English</a>' in swedish_html
    assert f'<a href="{swedish}" lang="sv" hreflang="sv">Svenska</a>' in english_html


@pytest.mark.parametrize(("swedish", "english"), PAGES)
def test_hreflang_alternates_name_both_languages(client, swedish, english):
    content = client.get(swedish).content.decode()
    assert f'<link rel="alternate" hreflang="sv" href="http://testserver{swedish}">' in content
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english}">' in content


def test_a_pages_language_links_come_from_one_query(django_assert_num_queries):
    from django.test import RequestFactory
    from wagtail.models import Page

    from lundsite.locales import locale_of
    from lundsite.templatetags.navigation import _page_links

    page = Page.objects.get(slug="iop", depth=3, locale__language_code="sv")
    request = RequestFactory().get("/iop/")
    locale_of("sv"), locale_of("en"), page.get_url(request)  # read by every page before
    with django_assert_num_queries(1):
        links = {link.code: (link.url, link.is_translation) for link in _page_links(request, page)}
    assert links == {"sv": ("/iop/", True), "en": ("/en/iop/", True)}


def test_home_page_shows_the_four_priority_areas_and_entry_points(client):
    content = client.get("/").content.decode()
    for path in (
        "/prioriterade-omraden/inkludering/",
        "/prioriterade-omraden/halsosamma-levnadsvanor/",
        "/prioriterade-omraden/hallbar-utveckling/",
        "/prioriterade-omraden/demokrati-delaktighet-trygghet/",
        "/iop/",
        "/frivilligkraft/",
        "/foreningslotsen/",
    ):
        assert f'href="{path}"' in content


def test_english_home_links_to_english_pages(client):
    content = client.get("/en/").content.decode()
    assert 'href="/en/priority-areas/inclusion/"' in content
    assert 'href="/en/iop/"' in content
    assert 'href="/iop/"' not in content


def test_principles_are_listed_in_the_editors_order(client):
    content = client.get("/principer/").content.decode()
    titles = PRINCIPLES
    positions = [content.index(title) for title in titles]
    assert positions == sorted(positions)


def test_priority_area_lists_its_directions(client):
    content = client.get("/prioriterade-omraden/inkludering/").content.decode()
    assert content.count('class="direction-list"') == 1
    assert content.count("<h3>") >= 3


def test_process_page_has_five_steps_in_a_described_cycle(client):
    content = client.get("/samverkansprocessen/").content.decode()
    assert content.count('class="step"') == 5
    assert content.count("cycle__step--") == 5
    assert 'aria-labelledby="cycle-caption"' in content
    for title in ("Samverkansinitiativ", "Genomförande", "Utvärdering"):
        assert title in content


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/",
            [
                "foreningslots@lund.se",
                "046-359 50 00",
                "knappval 5",
                "Brotorget 1",
                "måndag–torsdag 08:00–17:00",
                "fredag 08:00–16:00",
            ],
        ),
        (
            "/en/",
            [
                "foreningslots@lund.se",
                "option 5",
                "Brotorget 1",
                "Monday–Thursday 8 a.m.–5 p.m.",
                "Friday 8 a.m.–4 p.m.",
            ],
        ),
    ],
)
def test_footer_shows_the_contact_settings(client, url, expected):
    content = client.get(url).content.decode()
    footer = content[content.index("<footer") :]
    for text in expected:
        assert text in footer


def test_footer_contact_follows_the_settings(client, home):
    from wagtail.models import Site

    from lundsite.models import ContactSettings

    contact = ContactSettings.for_site(Site.objects.get(root_page=home))
    contact.foreningslots_email = "ny.adress@lund.se"
    contact.save()
    assert "ny.adress@lund.se" in client.get("/principer/").content.decode()


def test_footer_links_the_legal_pages_in_the_readers_language(client):
    assert 'href="/en/accessibility/"' in client.get("/en/").content.decode()
    assert 'href="/personuppgifter/"' in client.get("/").content.decode()


def test_menu_marks_the_current_section(client):
    content = client.get("/principer/dialog/").content.decode()
    assert '<a href="/principer/" aria-current="true">' in content


def test_unknown_address_is_404(client):
    assert client.get("/finns-inte/").status_code == 404
    assert client.get("/en/does-not-exist/").status_code == 404


def test_admin_speaks_swedish(client, django_user_model):
    django_user_model.objects.create_superuser("redaktor", "r@example.org", "hemligt-123")
    # Axes (the admin's lockout) checks every login against its request: give it one.
    assert client.login(request=HttpRequest(), username="redaktor", password="hemligt-123")
    content = client.get("/admin/").content.decode()
    assert '<html lang="sv"' in content
    assert "Sidor" in content


@pytest.mark.parametrize(
    ("form", "privacy"),
    [
        ("/foreningslotsen/", "/personuppgifter/"),
        ("/en/association-guide/", "/en/privacy/"),
        ("/overenskommelsen/anslut-er/", "/personuppgifter/"),
        ("/en/the-agreement/join/", "/en/privacy/"),
        ("/frivilligkraft/lagg-upp-uppdrag/", "/personuppgifter/"),
        ("/en/frivilligkraft/post-an-assignment/", "/en/privacy/"),
    ],
)
def test_every_form_links_the_privacy_page_in_the_readers_language(client, form, privacy):
    content = client.get(form).content.decode()
    assert f'<a href="{privacy}">' in content
