"""Ideas in the open: only with the sender's leave and the föreningslots' approval, and
never with a name, e-mail or phone."""

import datetime

import pytest
from django.core.cache import caches

from partnerships.initiatives.models import Initiative, InitiativeStatus, short_version
from partnerships.iop.agreements import IOPAgreementPage
from principles.models import PriorityAreaPage
from tests.factories.initiatives import make_initiative
from tests.factories.people import member_of
from tests.integration.test_initiative_flow import valid_data
from tests.integration.test_initiative_inbox import edit

pytestmark = pytest.mark.django_db
IDEAS = "/foreningslotsen/ideer/"
EN_IDEAS = "/en/association-guide/ideas/"
SECRET = {
    "contact_name": "Aisha Hemligsdotter",
    "email": "aisha.hemlig@example.org",
    "phone": "070-999 88 77",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def shown(**fields) -> Initiative:
    values = {
        **SECRET,
        "wants_public": True,
        "public_approved": True,
        "public_description": "Läxhjälp på biblioteket för barn i årskurs 4–9.",
        "status": InitiativeStatus.IN_PROGRESS,
    }
    return make_initiative(**{**values, **fields})


def assert_no_personal_data(content: str) -> None:
    for value in SECRET.values():
        assert value not in content
    assert "Hemligsdotter" not in content and "mailto:aisha" not in content


def test_the_form_asks_and_the_box_is_unchecked(client):
    content = client.get("/foreningslotsen/").content.decode()
    assert 'name="wants_public"' in content
    assert "Idén får visas på webbplatsen" in content
    assert 'name="wants_public" checked' not in content
    assert f'href="{IDEAS}"' in content


def test_a_ticked_box_is_stored_with_a_short_description(client):
    long_idea = "Läxhjälp " * 100
    client.post("/foreningslotsen/", valid_data(wants_public="on", idea=long_idea))
    initiative = Initiative.objects.get()
    assert initiative.wants_public and not initiative.public_approved
    assert initiative.public_description == short_version(long_idea)
    assert len(initiative.public_description.split()) <= 41


def test_an_unticked_box_stores_no_leave(client):
    client.post("/foreningslotsen/", valid_data())
    initiative = Initiative.objects.get()
    assert not initiative.wants_public and initiative.public_description == ""


def test_only_approved_ideas_with_leave_are_shown(client):
    visible = shown(organisation_name="Synliga föreningen")
    shown(organisation_name="Ej godkänd", public_approved=False)
    shown(organisation_name="Utan lov", wants_public=False)
    shown(organisation_name="Ej aktuell", status=InitiativeStatus.NOT_RELEVANT)
    content = client.get(IDEAS).content.decode()
    assert "Synliga föreningen" in content
    assert "Ej godkänd" not in content and "Utan lov" not in content
    assert "Ej aktuell" not in content
    assert "1 idé" in content
    assert_no_personal_data(content)
    assert f'href="{IDEAS}{visible.reference}/"' in content


def test_an_idea_shows_step_date_areas_and_description(client):
    area = PriorityAreaPage.objects.get(slug="inkludering")
    initiative = shown()
    initiative.priority_areas.set([area])
    initiative.save()
    Initiative.objects.filter(pk=initiative.pk).update(
        created_at=datetime.datetime(2026, 3, 5, 10, tzinfo=datetime.UTC)
    )
    content = client.get(IDEAS).content.decode()
    assert "Steg 2 av 5: Genomförande" in content
    assert "5 mars 2026" in content
    assert 'href="/prioriterade-omraden/inkludering/"' in content
    assert "Läxhjälp på biblioteket för barn i årskurs 4–9." in content
    english = client.get(EN_IDEAS).content.decode()
    assert "Step 2 of 5: Carrying it out" in english
    assert "5 March 2026" in english
    assert 'href="/en/priority-areas/inclusion/"' in english
    assert_no_personal_data(english)


def test_the_idea_has_its_own_page_without_personal_data(client):
    initiative = shown()
    response = client.get(f"{IDEAS}{initiative.reference}/")
    assert response.status_code == 200
    assert "Läsfrämjarna i Lund" in response.content.decode()
    assert_no_personal_data(response.content.decode())
    hidden = shown(public_approved=False)
    assert client.get(f"{IDEAS}{hidden.reference}/").status_code == 404
    assert client.get(f"{IDEAS}SI-%00/").status_code == 404


@pytest.mark.parametrize("query", ["page=abc", "page=999", "step=9", "area=finns-inte", "step=%00"])
def test_bad_input_never_breaks_the_list(client, query):
    shown()
    response = client.get(f"{IDEAS}?{query}")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


def test_the_list_filters_on_step_and_area(client):
    area = PriorityAreaPage.objects.get(slug="inkludering")
    in_area = shown(organisation_name="Områdesföreningen", status=InitiativeStatus.RECEIVED)
    in_area.priority_areas.set([area])
    in_area.save()
    shown(organisation_name="Stegföreningen", status=InitiativeStatus.CLOSED)
    content = client.get(IDEAS, {"area": "inkludering"}).content.decode()
    assert "Områdesföreningen" in content and "Stegföreningen" not in content
    content = client.get(IDEAS, {"step": "3"}).content.decode()
    assert "Stegföreningen" in content and "Områdesföreningen" not in content
    english = client.get(EN_IDEAS, {"area": "inclusion"}).content.decode()
    assert "Områdesföreningen" in english


def test_the_foreningslots_approves_with_an_edited_description(client, django_user_model):
    initiative = make_initiative(wants_public=True, public_description="Början av idén.")
    assert "Början av idén." not in client.get(IDEAS).content.decode()
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))
    response = edit(
        client,
        initiative,
        public_approved="on",
        public_description="Läxhjälp för barn.",
    )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.public_approved
    assert "Läxhjälp för barn." in client.get(IDEAS).content.decode()


def test_no_approval_without_the_senders_leave(client, django_user_model):
    initiative = make_initiative(wants_public=False)
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))
    response = edit(client, initiative, public_approved="on", public_description="Text.")
    assert response.status_code == 200
    assert "Avsändaren har inte gett lov att visa idén öppet." in response.content.decode()
    initiative.refresh_from_db()
    assert not initiative.public_approved


def test_an_empty_description_becomes_the_start_of_the_idea():
    initiative = make_initiative(wants_public=True, public_approved=True)
    initiative.full_clean()
    assert initiative.public_description == short_version(initiative.idea)


def test_removing_personal_data_takes_the_idea_off_the_site(client):
    initiative = shown()
    initiative.remove_personal_data()
    initiative.refresh_from_db()
    assert not initiative.public_approved and initiative.public_description == ""
    assert initiative.reference not in client.get(IDEAS).content.decode()
    assert not Initiative.objects.public().exists()


def test_an_idea_and_its_agreement_link_each_other(client):
    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="prisma")
    initiative = shown(iop_agreement=agreement)
    idea_page = client.get(f"{IDEAS}{initiative.reference}/").content.decode()
    assert 'href="/iop/prisma/"' in idea_page
    agreement_page = client.get("/iop/prisma/").content.decode()
    assert "Idén bakom avtalet" in agreement_page
    assert f'href="{IDEAS}{initiative.reference}/"' in agreement_page
    assert_no_personal_data(agreement_page)
    english = client.get("/en/iop/prisma/").content.decode()
    assert f'href="{EN_IDEAS}{initiative.reference}/"' in english
    english_idea = client.get(f"{EN_IDEAS}{initiative.reference}/").content.decode()
    assert 'href="/en/iop/prisma/"' in english_idea


def test_a_hidden_idea_is_not_shown_on_its_agreement(client, django_assert_num_queries):
    from partnerships.initiatives.template_tags import agreement_ideas

    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="prisma")
    shown(iop_agreement=agreement, public_approved=False)
    assert "Idén bakom avtalet" not in client.get("/iop/prisma/").content.decode()
    # An agreement without shown ideas, as most are, reads nothing more than that.
    with django_assert_num_queries(1):
        assert agreement_ideas(agreement) == []


def test_the_language_switch_keeps_the_list(client):
    content = client.get(IDEAS, {"area": "inkludering"}).content.decode()
    assert 'href="/en/association-guide/ideas/?area=inclusion"' in content


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("/foreningslotsen/ideas/", IDEAS),
        ("/en/association-guide/ideer/", EN_IDEAS),
        ("/foreningslotsen/ideas/?step=2&area=inkludering", IDEAS + "?step=2&area=inkludering"),
    ],
)
def test_the_list_answers_at_one_address_per_language(client, wrong, right):
    response = client.get(wrong)
    assert response.status_code == 301
    assert response["Location"] == right
    assert client.get(right).status_code == 200


def test_an_idea_answers_at_one_address_per_language(client):
    reference = shown().reference
    swedish, english = f"{IDEAS}{reference}/", f"{EN_IDEAS}{reference}/"
    assert client.get(swedish).status_code == 200
    assert client.get(english).status_code == 200
    assert client.get(f"/foreningslotsen/ideas/{reference}/")["Location"] == swedish
    assert client.get(f"/en/association-guide/ideer/{reference}/")["Location"] == english
    assert client.get("/foreningslotsen/ideas/SI-%00/").status_code == 404


def test_a_page_names_only_its_own_languages_addresses():
    from django.urls import NoReverseMatch

    from lundsite.benchmark import variant_urls
    from partnerships.initiatives.page import InitiativeFormPage

    swedish = InitiativeFormPage.objects.get(locale__language_code="sv")
    english = InitiativeFormPage.objects.get(locale__language_code="en")
    assert swedish.ideas_url() == IDEAS and english.ideas_url() == EN_IDEAS
    assert swedish.idea_url("SI-2026-0001") == IDEAS + "SI-2026-0001/"
    with pytest.raises(NoReverseMatch):
        swedish.reverse_subpage("ideas_en")
    with pytest.raises(NoReverseMatch):
        english.reverse_subpage("ideas")
    # What the benchmark and the query budget measure: the addresses that answer 200.
    assert IDEAS in variant_urls(swedish) and "/foreningslotsen/ideas/" not in variant_urls(swedish)
    assert EN_IDEAS in variant_urls(english)
    assert "/en/association-guide/ideer/" not in variant_urls(english)


def test_the_language_switch_leads_to_the_other_languages_address(client):
    reference = shown().reference
    english = client.get(EN_IDEAS, {"area": "inclusion"}).content.decode()
    assert 'href="/foreningslotsen/ideer/?area=inkludering"' in english
    idea = client.get(f"{IDEAS}{reference}/").content.decode()
    assert f'href="{EN_IDEAS}{reference}/"' in idea
    english_idea = client.get(f"{EN_IDEAS}{reference}/").content.decode()
    assert f'href="{IDEAS}{reference}/"' in english_idea
