import datetime

import pytest
from django.core.exceptions import ValidationError

from partnerships.iop.agreements import IOPAgreementPage, Status, status_for
from partnerships.validators import luhn_is_valid, normalise_organisation_number

TODAY = datetime.date(2026, 11, 24)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (None, None, Status.ACTIVE),
        (TODAY - DAY, None, Status.ACTIVE),
        (TODAY, TODAY, Status.ACTIVE),
        (TODAY + DAY, None, Status.PLANNED),
        (None, TODAY - DAY, Status.ENDED),
        (datetime.date(2021, 1, 1), datetime.date(2023, 12, 31), Status.ENDED),
        (TODAY - DAY, TODAY + DAY, Status.ACTIVE),
    ],
)
def test_status_comes_from_the_dates(start, end, status):
    assert status_for(start, end, TODAY) == status


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.ACTIVE, {"running", "open-ended"}),
        (Status.PLANNED, {"later"}),
        (Status.ENDED, {"over"}),
    ],
)
def test_status_filter_agrees_with_the_status(home, status, expected):
    from tests.factories.partnerships import IOPAgreementPageFactory

    register = home.get_children().get(slug="iop")
    for slug, start, end in [
        ("running", TODAY - DAY, TODAY + DAY),
        ("open-ended", None, None),
        ("later", TODAY + DAY, None),
        ("over", None, TODAY - DAY),
    ]:
        IOPAgreementPageFactory(parent=register, slug=slug, start_date=start, end_date=end)
    found = IOPAgreementPage.objects.child_of(register).filter(
        slug__in=["running", "open-ended", "later", "over"]
    )
    assert set(found.with_status(status, TODAY).values_list("slug", flat=True)) == expected


@pytest.mark.django_db
def test_during_year_means_in_force_some_time_that_year(home):
    register = home.get_children().get(slug="iop")
    agreements = IOPAgreementPage.objects.child_of(register)
    assert agreements.during_year(2022).count() == 9  # seven 2021–2023, two open-ended
    assert agreements.during_year(2024).count() == 2


@pytest.mark.parametrize(
    ("number", "valid"),
    [("802000-1234", False), ("5560360793", True), ("556036-0793", True), ("212000-1355", True)],
)
def test_luhn_check_digit(number, valid):
    assert luhn_is_valid(number.replace("-", "")) is valid


def test_organisation_number_is_normalised():
    assert normalise_organisation_number("5560360793") == "556036-0793"


@pytest.mark.parametrize("number", ["12345", "556036-0794", "abcdef-ghij", "556036-07933"])
def test_wrong_organisation_numbers_are_refused(number):
    with pytest.raises(ValidationError):
        normalise_organisation_number(number)


@pytest.mark.parametrize(
    ("language", "start", "end", "text"),
    [
        (
            "sv",
            datetime.date(2024, 3, 1),
            datetime.date(2026, 2, 28),
            "1 mars 2024 till 28 februari 2026",
        ),
        (
            "en",
            datetime.date(2024, 3, 1),
            datetime.date(2026, 2, 28),
            "1 March 2024 to 28 February 2026",
        ),
        ("sv", datetime.date(2024, 3, 1), None, "från 1 mars 2024, tills vidare"),
        ("en", None, datetime.date(2026, 2, 28), "until 28 February 2026"),
        ("sv", None, None, "tills vidare"),
        ("en", None, None, "until further notice"),
    ],
)
def test_the_period_in_words_in_the_readers_language(language, start, end, text):
    from django.utils import translation

    with translation.override(language):
        assert IOPAgreementPage(start_date=start, end_date=end).period_text == text
