import pytest
from django.http import QueryDict
from wagtail.models import Locale

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.filters import RegisterFilterForm

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreements(home):
    return IOPAgreementPage.objects.child_of(home.get_children().get(slug="iop")).live()


def filtered(agreements, query: str, language: str = "sv"):
    form = RegisterFilterForm(QueryDict(query), locale=Locale.objects.get(language_code=language))
    return form, form.filter(agreements)


def slugs(queryset) -> set[str]:
    return set(queryset.values_list("slug", flat=True))


def test_kultur_och_fritidsnamnden_has_exactly_its_three(agreements):
    form, found = filtered(agreements, "board=kultur-och-fritidsnamnden")
    assert form.is_valid()
    assert slugs(found) == {"q-hanget", "prisma", "naturum-skrylle"}


def test_filters_combine(agreements):
    _form, found = filtered(agreements, "board=kultur-och-fritidsnamnden&status=active")
    assert slugs(found) == {"naturum-skrylle"}


def test_organisation_and_area(agreements):
    _form, found = filtered(agreements, "organisation=kvinnojouren-lund&area=inkludering")
    assert slugs(found) == {"q-hanget"}


def test_free_text_finds_a_partner_by_name(agreements):
    _form, found = filtered(agreements, "q=fontänhuset")
    assert slugs(found) == {"rehabilitering-psykisk-ohalsa"}


def test_english_area_slug_works_in_the_english_register(home, en_locale):
    english_register = home.get_children().get(slug="iop").get_translation(en_locale)
    english = IOPAgreementPage.objects.child_of(english_register).live()
    _form, found = filtered(english, "area=inclusion", language="en")
    assert found.count() == 4


@pytest.mark.parametrize(
    "query",
    ["board=finns-inte", "status=maybe", "year=abc", "year=99999", "area=<script>", "sort=x"],
)
def test_unknown_values_match_nothing(agreements, query):
    form, found = filtered(agreements, query)
    assert not form.is_valid()
    assert found.count() == 0


def test_sorting_by_end_date_puts_open_ended_last(agreements):
    _form, found = filtered(agreements, "sort=end")
    assert [a.end_date is None for a in found][-2:] == [True, True]


def test_too_long_free_text_is_refused(agreements):
    form, _found = filtered(agreements, "q=" + "x" * 500)
    assert "q" in form.errors
