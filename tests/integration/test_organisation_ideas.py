"""An organisation's page lists the ideas it sent that are shown in public, matched by its
organisation number (an idea names its organisation only by name and number), as the
föreningslots' list shows them and never with a name, e-mail or phone."""

import datetime

import pytest
from django.core.cache import caches
from django.test import override_settings

from partnerships.initiatives.models import Initiative, InitiativeStatus
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.parties import Organisation
from principles.models import PriorityAreaPage
from tests.integration.test_public_ideas import assert_no_personal_data, shown
from tests.integration.test_query_budget import CACHES, warm_query_counts

pytestmark = pytest.mark.django_db
PAGE = "/organisationer/kvinnojouren-lund/"
EN_PAGE = "/en/organisations/kvinnojouren-lund/"
NUMBER = "802000-1239"


@pytest.fixture
def numbered() -> None:
    """Kvinnojouren Lund with its number written without the dash, in both languages (the
    number is synchronised across translations)."""
    Organisation.objects.filter(slug="kvinnojouren-lund").update(organisation_number="8020001239")


def idea_of_kvinnojouren(**fields) -> Initiative:
    idea = shown(
        organisation_name="Kvinnojouren Lund",
        organisation_number=NUMBER,
        public_description="Samtalsgrupper för unga på fritidsgården.",
        **fields,
    )
    idea.priority_areas.set([PriorityAreaPage.objects.get(slug="inkludering")])
    idea.save()  # a parental many-to-many is written on save
    Initiative.objects.filter(pk=idea.pk).update(
        created_at=datetime.datetime(2026, 3, 5, 10, tzinfo=datetime.UTC)
    )
    return idea


def test_the_page_shows_its_public_ideas_with_step_date_areas_and_text(client, numbered):
    idea = idea_of_kvinnojouren()
    content = client.get(PAGE).content.decode()
    section = content[content.index('id="ideas-heading"') :]
    assert "Idéer till föreningslotsen" in content
    assert "Samtalsgrupper för unga på fritidsgården." in section
    assert "Steg 2 av 5: Genomförande" in section
    assert '<time datetime="2026-03-05">5 mars 2026</time>' in section
    assert 'href="/prioriterade-omraden/inkludering/"' in section
    assert f'href="/foreningslotsen/ideer/{idea.reference}/"' in section
    assert_no_personal_data(content)


def test_the_english_page_shows_them_in_english(client, numbered):
    idea = idea_of_kvinnojouren()
    content = client.get(EN_PAGE).content.decode()
    section = content[content.index('id="ideas-heading"') :]
    assert "Ideas to the association guide" in content
    assert "Step 2 of 5: Carrying it out" in section
    assert "5 March 2026" in section
    assert 'href="/en/priority-areas/inclusion/"' in section
    assert f'href="/en/association-guide/ideas/{idea.reference}/"' in section
    assert_no_personal_data(content)


def test_the_link_leads_to_the_public_idea(client, numbered):
    idea = idea_of_kvinnojouren()
    for page, link in [
        (PAGE, f"/foreningslotsen/ideer/{idea.reference}/"),
        (EN_PAGE, f"/en/association-guide/ideas/{idea.reference}/"),
    ]:
        assert f'href="{link}"' in client.get(page).content.decode()
        answer = client.get(link)
        assert answer.status_code == 200
        assert "Samtalsgrupper för unga på fritidsgården." in answer.content.decode()


def test_only_shown_ideas_under_the_same_number(client, numbered):
    idea_of_kvinnojouren()
    shown(organisation_number=NUMBER, public_description="Utan godkännande", public_approved=False)
    shown(organisation_number=NUMBER, public_description="Utan lov", wants_public=False)
    shown(organisation_number=NUMBER, public_description="Ej aktuell", status="not_relevant")
    shown(organisation_number="802100-0008", public_description="En annan förenings idé")
    shown(organisation_number="", public_description="Idé utan nummer")
    content = client.get(PAGE).content.decode()
    assert "Samtalsgrupper för unga på fritidsgården." in content
    for hidden in ["Utan godkännande", "Utan lov", "Ej aktuell", "En annan förenings idé"]:
        assert hidden not in content
    assert "Idé utan nummer" not in content


def test_a_number_written_either_way_matches(client):
    Organisation.objects.filter(slug="kvinnojouren-lund").update(organisation_number=NUMBER)
    shown(organisation_number="8020001239", public_description="Utan bindestreck i idén.")
    assert "Utan bindestreck i idén." in client.get(PAGE).content.decode()


def test_no_ideas_no_section(client, numbered):
    content = client.get(PAGE).content.decode()
    assert 'id="ideas-heading"' not in content
    # An organisation without a number has no ideas to match, even ones without a number.
    shown(organisation_number="", public_description="Idé utan nummer")
    content = client.get("/organisationer/pro/").content.decode()
    assert 'id="ideas-heading"' not in content


def test_the_idea_behind_an_agreement_names_it(client, numbered):
    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="q-hanget")
    idea_of_kvinnojouren(iop_agreement=agreement)
    section = client.get(EN_PAGE).content.decode().split('id="ideas-heading"')[1]
    assert 'href="/en/iop/q-hanget/"' in section


def test_within_the_query_budget_in_both_languages(numbered):
    """DESIGN.md's budget (at most 8 queries, warm) with ideas that have areas and an
    agreement: the steps, areas and the list's address come from the cache."""
    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="q-hanget")
    idea_of_kvinnojouren(iop_agreement=agreement)
    idea_of_kvinnojouren(status=InitiativeStatus.RECEIVED)
    with override_settings(CACHES=CACHES):
        caches["default"].clear()
        counts = warm_query_counts([PAGE, EN_PAGE])
        caches["default"].clear()
    for url, (status, queries, sql) in counts.items():
        assert status == 200, url
        assert queries <= 8, f"{url}: {queries}\n" + "\n".join(sql)


def test_every_shown_idea_is_listed_newest_first(client, numbered):
    older = idea_of_kvinnojouren()
    newer = shown(organisation_number=NUMBER, public_description="Den nyaste idén.")
    content = client.get(PAGE).content.decode()
    assert content.index(f'id="{newer.reference}"') < content.index(f'id="{older.reference}"')
    assert_no_personal_data(content)
