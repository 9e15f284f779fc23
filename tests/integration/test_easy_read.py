"""Lättläst (issue 16): easy-to-read Swedish about the agreement, the IOP register and
Frivilligkraft at /lattlast/, reading at LIX under 30, linked from every page's header."""

import pytest
from django.http import HttpRequest
from wagtail.models import Page

from home.models import ContentPage
from lundsite.readability import main_prose, measure

pytestmark = pytest.mark.django_db

EASY_READ = [
    "/lattlast/",
    "/lattlast/overenskommelsen/",
    "/lattlast/iop/",
    "/lattlast/frivilligkraft/",
]


@pytest.mark.parametrize("url", EASY_READ)
def test_easy_read_pages_read_at_lix_under_30(client, url):
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="sv">' in content
    reading = measure(main_prose(content))
    # Enough text to measure: a page of a few words says nothing about its language.
    assert reading.words >= 40, reading
    assert reading.lix < 30, f"{url}: LIX {reading.lix:.1f}"


def test_the_easy_read_start_leads_to_the_three_texts(client):
    content = client.get("/lattlast/").content.decode()
    main = content[content.find("<main") :]
    for url in EASY_READ[1:]:
        assert f'href="{url}"' in main


@pytest.mark.parametrize("url", ["/", "/iop/", "/frivilligkraft/", "/sok/", "/lattlast/iop/"])
def test_every_swedish_page_links_lattlast_in_its_header(client, url):
    content = client.get(url).content.decode()
    header = content[content.find("<header") : content.find("</header>")]
    assert '<a class="site-header__easy-read" href="/lattlast/">Lättläst</a>' in header


@pytest.mark.parametrize("url", ["/en/", "/en/iop/", "/en/search/"])
def test_english_pages_link_the_swedish_lattlast_and_say_it_is_swedish(client, url):
    content = client.get(url).content.decode()
    header = content[content.find("<header") : content.find("</header>")]
    assert (
        '<a class="site-header__easy-read" href="/lattlast/" lang="sv" hreflang="sv">Lättläst</a>'
    ) in header


def test_easy_read_is_swedish_only(en_locale):
    # Lättläst is a Swedish service: no English copy that would show Swedish as English.
    section = Page.objects.get(slug="lattlast", locale__language_code="sv")
    for page in section.get_descendants(inclusive=True):
        assert page.get_translation_or_none(en_locale) is None


def test_editors_edit_easy_read_pages_in_the_admin(admin_client):
    page = ContentPage.objects.get(slug="iop", locale__language_code="sv", depth=4)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "Ibland gör kommunen och en förening ett avtal." in response.content.decode()


@pytest.fixture
def admin_client(client, django_user_model):
    django_user_model.objects.create_superuser("lattlast-admin", "a@example.org", "pw")
    client.login(request=HttpRequest(), username="lattlast-admin", password="pw")
    return client
