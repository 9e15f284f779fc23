import pytest
from wagtail.models import Locale

from partnerships.initiatives.form import InitiativeForm
from partnerships.initiatives.models import Initiative, InitiativeStatus, ReferenceCounter
from tests.integration.test_initiative_flow import valid_data

pytestmark = pytest.mark.django_db


def form(**overrides) -> InitiativeForm:
    return InitiativeForm(valid_data(**overrides), locale=Locale.objects.get(language_code="sv"))


def test_valid_idea_passes_and_normalises_the_number():
    checked = form(organisation_number=" 8020001239 ")
    assert checked.is_valid(), checked.errors
    assert checked.cleaned_data["organisation_number"] == "802000-1239"


def test_organisation_number_is_optional_but_its_check_digit_is_checked():
    assert form(organisation_number="").is_valid()
    wrong = form(organisation_number="802000-1234")
    assert not wrong.is_valid()
    assert "stämmer inte" in wrong.errors["organisation_number"][0]


@pytest.mark.parametrize("field,limit", [("organisation_name", 200), ("idea", 3000), ("phone", 40)])
def test_every_field_has_a_length_limit_with_a_plain_message(field, limit):
    too_long = form(**{field: "a" * (limit + 1)})
    assert not too_long.is_valid()
    assert f"högst {limit} tecken (nu {limit + 1})" in too_long.errors[field][0]


def test_consent_is_required():
    missing = form(consent="")
    assert not missing.is_valid()
    assert missing.errors["consent"] == ["Kryssa i att du har läst om personuppgifter."]


def test_priority_areas_are_those_of_the_readers_language():
    english = Locale.objects.get(language_code="en")
    checked = InitiativeForm(valid_data(), locale=english)
    assert {area.locale_id for area in checked.fields["priority_areas"].queryset} == {english.pk}


def test_honeypot_marks_the_form_as_spam():
    assert form(website="http://example.com").is_spam
    assert not form().is_spam


def test_reference_numbers_count_per_year():
    assert ReferenceCounter.next_reference(2031) == "SI-2031-0001"
    assert ReferenceCounter.next_reference(2031) == "SI-2031-0002"
    assert ReferenceCounter.next_reference(2032) == "SI-2032-0001"


def test_closing_an_idea_records_when_and_reopening_clears_it():
    checked = form()
    assert checked.is_valid()
    initiative: Initiative = checked.save()
    initiative.status = InitiativeStatus.EVALUATED
    initiative.save()
    assert initiative.closed_at is not None
    initiative.status = InitiativeStatus.IN_DIALOGUE
    initiative.save()
    assert initiative.closed_at is None
