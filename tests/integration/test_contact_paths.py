"""Each nämnd and förvaltning shows its contact path; the idea form suggests the right one
for a priority area (issue 16, item 4)."""

import pytest

from partnerships.parties import MunicipalBody, contact_paths_by_area
from principles.models import PriorityAreaPage

pytestmark = pytest.mark.django_db
KFN = "/forvaltningar/kultur-och-fritidsnamnden/"


def test_body_page_shows_its_contact_path_and_agreements(client):
    response = client.get(KFN)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Kultur- och fritidsnämnden</h1>" in content
    assert 'href="mailto:kultur.fritid@lund.se"' in content
    assert "046-359 50 00" in content
    assert "föreningskonsulenter" in content
    assert 'href="/iop/q-hanget/"' in content
    assert 'href="/iop/naturum-skrylle/"' in content


def test_body_page_in_english(client):
    content = client.get("/en/municipal-bodies/kultur-och-fritidsnamnden/").content.decode()
    assert "Culture and Leisure Committee" in content
    assert "association advisers" in content
    assert 'href="/en/iop/q-hanget/"' in content


def test_every_seeded_body_has_a_contact_path(client):
    for body in MunicipalBody.objects.all():
        assert body.has_contact_path, body
        assert client.get(body.public_url()).status_code == 200


def test_index_groups_boards_and_administrations(client):
    content = client.get("/forvaltningar/").content.decode()
    assert 'href="/forvaltningar/arbetsmarknads-och-socialforvaltningen/"' in content
    assert "Nämnd" in content and "Förvaltning" in content


@pytest.mark.parametrize(
    "path",
    ["/forvaltningar/finns-inte/", "/forvaltningar/%00/", "/en/municipal-bodies/x/"],
)
def test_unknown_bodies_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_body_without_a_contact_path_points_to_the_foreningslots(client, sv_locale):
    MunicipalBody.objects.create(name="Tekniska nämnden", slug="tekniska-namnden", locale=sv_locale)
    content = client.get("/forvaltningar/tekniska-namnden/").content.decode()
    assert "Kontakta föreningslotsen" in content


def test_agreement_page_links_to_the_body_page(client):
    content = client.get("/iop/q-hanget/").content.decode()
    assert 'href="/forvaltningar/kultur-och-fritidsnamnden/"' in content


def test_suggestions_per_area_in_the_page_language(en_locale):
    areas = PriorityAreaPage.objects.filter(locale=en_locale).order_by("path")
    suggestions = dict(contact_paths_by_area(areas, en_locale.pk))
    sustainable = areas.get(slug="sustainable-development")
    assert [body.name for body in suggestions[sustainable]] == ["Culture and Leisure Committee"]


def test_idea_form_lists_which_body_helps_with_each_area_without_javascript(client, sv_locale):
    content = client.get("/foreningslotsen/").content.decode()
    area = PriorityAreaPage.objects.get(slug="hallbar-utveckling", locale=sv_locale)
    assert f'data-area="{area.pk}"' in content
    assert (
        'href="/forvaltningar/kultur-och-fritidsnamnden/">Kultur- och fritidsnämnden</a>' in content
    )
    assert '<script src="/static/js/area-contacts.js" defer></script>' in content


def test_english_idea_form_suggests_english_bodies(client):
    content = client.get("/en/association-guide/").content.decode()
    assert 'href="/en/municipal-bodies/kultur-och-fritidsnamnden/"' in content
