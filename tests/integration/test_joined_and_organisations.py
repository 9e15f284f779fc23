"""The joined associations' list and the organisations' public pages (issue 16, item 1)."""

import datetime

import pytest

from lundsite.bulk_pages import add_live_children
from lundsite.filtered_listing import PER_PAGE
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from partnerships.parties import MunicipalBody, Organisation
from tests.factories.frivilligkraft import publish_assignment
from tests.factories.partnerships import OrganisationFactory

pytestmark = pytest.mark.django_db
JOINED = "/overenskommelsen/anslutna/"
JOINED_EN = "/en/the-agreement/joined-associations/"


def test_joined_list_shows_each_joined_association_with_its_date(client):
    OrganisationFactory(name="Ej ansluten förening", has_joined=False)
    response = client.get(JOINED)
    content = response.content.decode()
    assert response.status_code == 200
    assert "X-Robots-Tag" not in response
    assert '<meta name="robots"' not in content
    assert "8 anslutna föreningar" in content
    assert 'href="/organisationer/kvinnojouren-lund/">Kvinnojouren Lund</a>' in content
    assert '<time datetime="2021-01-01">1 januari 2021</time>' in content
    assert "Ej ansluten förening" not in content


def test_joined_list_in_english(client):
    content = client.get(JOINED_EN).content.decode()
    assert "8 associations" in content
    assert 'href="/en/organisations/kvinnojouren-lund/"' in content
    assert "1 January 2021" in content


def test_filter_by_name_is_not_indexed(client):
    response = client.get(JOINED, {"q": "jouren"})
    content = response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in content
    assert "Kvinnojouren Lund" in content and "Tjejjouren i Lund" in content
    assert "Fontänhuset Lund" not in content


def test_filter_by_priority_area(client):
    content = client.get(JOINED, {"area": "hallbar-utveckling"}).content.decode()
    # Friluftsfrämjandet's agreement (Naturum Skrylle) belongs to sustainable development.
    assert "Friluftsfrämjandet" in content
    assert "Kvinnojouren Lund" not in content


def test_filter_by_area_in_english_uses_the_english_slug(client):
    content = client.get(JOINED_EN, {"area": "sustainable-development"}).content.decode()
    assert "Friluftsfrämjandet" in content
    assert "Kvinnojouren Lund" not in content


def test_an_assignment_puts_its_organisation_in_the_area(client, sv_locale):
    organisation = OrganisationFactory(name="Skogsgruppen", has_joined=True)
    assignment = publish_assignment(organisation=organisation)
    from principles.models import PriorityAreaPage

    area = PriorityAreaPage.objects.get(slug="inkludering", locale=sv_locale)
    assignment.priority_areas.set([area])
    assignment.save_revision().publish()
    content = client.get(JOINED, {"area": "inkludering"}).content.decode()
    assert "Skogsgruppen" in content


@pytest.mark.parametrize(
    "query",
    ["area=finns-inte", "area=%00", "q=%00", "q=" + "x" * 500, "page=abc", "page=-1", "page=99"],
)
def test_bad_filter_values_give_a_page_not_an_error(client, query):
    response = client.get(f"{JOINED}?{query}")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


def test_unknown_area_says_so(client):
    content = client.get(JOINED, {"area": "finns-inte"}).content.decode()
    assert "0 anslutna föreningar" in content
    assert 'class="notice"' in content


def test_list_is_paginated(client):
    for number in range(30):
        OrganisationFactory(name=f"Zeta {number:02d}", has_joined=True)
    first = client.get(JOINED).content.decode()
    second = client.get(JOINED, {"page": 2}).content.decode()
    assert "Sida 1 av 2" in first and 'rel="next"' in first
    assert "Zeta 29" in second and "Zeta 29" not in first


def test_organisation_page_lists_its_agreements_and_open_assignments(client):
    organisation = Organisation.objects.get(slug="kvinnojouren-lund", locale__language_code="sv")
    publish_assignment(title="Laga cyklar", organisation=organisation)
    publish_assignment(
        title="Gammalt uppdrag", organisation=organisation, days_left=-3, first_day=None
    )
    response = client.get("/organisationer/kvinnojouren-lund/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Kvinnojouren Lund</h1>" in content
    assert "Ansluten till överenskommelsen sedan 1 januari 2021." in content
    assert 'href="/iop/q-hanget/"' in content
    assert "Laga cyklar" in content
    assert "Gammalt uppdrag" not in content
    assert '<link rel="canonical" href="http://testserver/organisationer/kvinnojouren-lund/">' in (
        content
    )


def test_organisation_page_in_english_lists_english_agreements(client):
    content = client.get("/en/organisations/kvinnojouren-lund/").content.decode()
    assert 'href="/en/iop/q-hanget/"' in content
    assert 'lang="en"' in content


def many_agreements_with(organisation: Organisation, count: int) -> None:
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    pages = []
    for number in range(1, count + 1):
        page = IOPAgreementPage(
            title=f"Mängdavtal {number:02d}", slug=f"mangdavtal-{number}", summary="Ett avtal."
        )
        page.organisations = [organisation]
        page.municipal_bodies = list(MunicipalBody.objects.filter(slug="kultur-och-fritidsnamnden"))
        pages.append(page)
    add_live_children(register, pages)


@pytest.mark.parametrize(
    "path", ["/organisationer/tjejjouren-i-lund/", "/forvaltningar/kultur-och-fritidsnamnden/"]
)
def test_a_party_with_many_agreements_shows_them_a_page_at_a_time(client, path):
    organisation = Organisation.objects.get(slug="tjejjouren-i-lund", locale__language_code="sv")
    many_agreements_with(organisation, PER_PAGE + 5)
    first = client.get(path)
    content = first.content.decode()
    assert content.count('href="/iop/mangdavtal-') == PER_PAGE
    assert "Sida 1 av 2" in content and 'rel="next"' in content
    assert "X-Robots-Tag" not in first and '<meta name="robots"' not in content
    second = client.get(path + "?page=2")
    assert second["X-Robots-Tag"] == "noindex"
    assert second.content.decode().count('href="/iop/mangdavtal-') >= 5
    assert client.get(path + "?page=abc").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/organisationer/finns-inte/",
        "/organisationer/%00/",
        "/organisationer/" + "a" * 300 + "/",
        "/en/organisations/finns-inte/",
        "/organisationer/kvinnojouren-lund/extra/",
    ],
)
def test_unknown_organisations_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_organisation_index_lists_organisations(client):
    content = client.get("/organisationer/").content.decode()
    assert 'href="/organisationer/pro/"' in content


def test_agreement_page_links_to_the_organisation_page(client):
    content = client.get("/iop/q-hanget/").content.decode()
    assert 'href="/organisationer/tjejjouren-i-lund/">Tjejjouren i Lund</a>' in content
    english = client.get("/en/iop/q-hanget/").content.decode()
    assert 'href="/en/organisations/tjejjouren-i-lund/"' in english


def test_assignment_page_links_to_its_organisation(client):
    organisation = Organisation.objects.get(slug="pro", locale__language_code="sv")
    assignment = publish_assignment(title="Fika med PRO", organisation=organisation)
    content = client.get(assignment.url).content.decode()
    assert 'href="/organisationer/pro/"' in content


def test_joined_dates_are_kept_across_languages():
    english = Organisation.objects.get(slug="kvinnojouren-lund", locale__language_code="en")
    assert english.joined_on == datetime.date(2021, 1, 1)
