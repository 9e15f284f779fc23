"""Frivilligkraft's rules: which assignments are open, working days, and the forms."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from partnerships.frivilligkraft.assignments import AssignmentPage, AssignmentStatus
from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.frivilligkraft.filters import AssignmentFilterForm
from partnerships.frivilligkraft.interest import Interest, InterestForm, working_days_ago
from partnerships.frivilligkraft.posting import PostAssignmentForm
from tests.factories.frivilligkraft import WAITED_TOO_LONG_DAYS, make_interest, publish_assignment

TODAY = datetime.date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    "days,expected",
    [
        (1, datetime.date(2026, 11, 23)),  # Monday
        (2, datetime.date(2026, 11, 20)),  # over the weekend to Friday
        (5, datetime.date(2026, 11, 17)),  # a whole working week
        (6, datetime.date(2026, 11, 16)),
    ],
)
def test_working_days_skip_weekends(days, expected):
    assert working_days_ago(days, TODAY) == expected


@pytest.mark.django_db
def test_open_means_live_open_and_last_day_not_passed():
    today = timezone.localdate()
    open_today = publish_assignment("Sista dagen i dag", days_left=0)
    publish_assignment("Tillsatt", status=AssignmentStatus.FILLED)
    publish_assignment("Stängt", status=AssignmentStatus.CLOSED)
    past = publish_assignment("Passerat", days_left=5)
    AssignmentPage.objects.filter(pk=past.pk).update(last_day=today - datetime.timedelta(days=1))

    assert list(AssignmentPage.objects.open()) == [open_today]
    assert list(AssignmentPage.objects.expired()) == [past]
    assert open_today.is_open
    past.refresh_from_db()
    assert not past.is_open


@pytest.mark.django_db
def test_soonest_first_orders_by_first_day_then_last_day():
    today = timezone.localdate()
    late = publish_assignment("Börjar sent", days_left=30, first_day=today + datetime.timedelta(9))
    early = publish_assignment(
        "Börjar snart", days_left=40, first_day=today + datetime.timedelta(2)
    )
    no_start = publish_assignment("Utan startdag", days_left=5)

    assert list(AssignmentPage.objects.open().soonest_first()) == [early, no_start, late]


@pytest.mark.django_db
def test_interests_waiting_more_than_five_working_days():
    page = publish_assignment()
    waiting = make_interest(page, days_ago=WAITED_TOO_LONG_DAYS)
    make_interest(page, days_ago=2)
    make_interest(page, days_ago=WAITED_TOO_LONG_DAYS, answered_at=timezone.now())

    assert list(Interest.objects.waiting_too_long()) == [waiting]
    assert Interest.objects.unanswered().count() == 2


@pytest.mark.django_db
def test_unknown_filter_values_match_nothing_rather_than_fail():
    publish_assignment()
    swedish = Locale.objects.get(language_code="sv")
    good = AssignmentFilterForm({"category": "praktisk-hjalp", "district": "centrum"}, swedish)
    bad = AssignmentFilterForm({"category": "finns-inte"}, swedish)
    long = AssignmentFilterForm({"q": "x" * 101}, swedish)

    assert good.filter(AssignmentPage.objects.open()).count() == 1
    assert good.is_filtered
    assert bad.filter(AssignmentPage.objects.open()).count() == 0
    assert long.filter(AssignmentPage.objects.open()).count() == 0


def posting(**overrides) -> dict:
    data = {
        "title": "Läsa högt",
        "tasks": "Du läser högt.",
        "district": "norr",
        "schedule": "one-off",
        "when": "12 december kl. 10–12",
        "last_day": (timezone.localdate() + datetime.timedelta(days=10)).isoformat(),
        "volunteers_wanted": "1",
        "organiser_name": "Karin Lind",
        "contact_name": "Karin Lind",
        "contact_email": "karin@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_posting_form_rules():
    swedish = Locale.objects.get(language_code="sv")
    category = AssignmentCategory.objects.get(slug="sallskap", locale=swedish)
    private = PostAssignmentForm(
        posting(category=category.pk, is_private_person="on"), locale=swedish
    )
    past = PostAssignmentForm(posting(category=category.pk, last_day="2020-01-01"), locale=swedish)
    empty = PostAssignmentForm({}, locale=swedish)

    assert private.is_valid(), private.errors
    assert private.cleaned_data["organiser_name"] == "Karin"
    assert past.errors["last_day"] == ["Sista dagen kan inte ha passerat."]
    assert empty.errors["title"] == ["Skriv en rubrik."]
    assert empty.errors["consent"] == ["Kryssa i att du har läst om personuppgifter."]
    with translation.override("en"):
        english = PostAssignmentForm(posting(last_day="31/12"), locale=swedish)
        assert english.errors["last_day"] == ["Write the date like this: 2026-12-31."]


def test_interest_form_rules():
    spam = InterestForm({"website": "http://spam.example"})
    long = InterestForm(
        {"name": "x" * 121, "email": "a@example.org", "message": "Hej", "consent": "on"}
    )
    empty = InterestForm({})

    assert spam.is_spam
    assert "name" in long.errors and "121" in long.errors["name"][0]
    assert empty.errors["name"] == ["Skriv ditt namn."]
    assert empty.errors["message"] == ["Skriv ett kort meddelande till arrangören."]
    assert "phone" not in empty.errors
