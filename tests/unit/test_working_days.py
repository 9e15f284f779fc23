"""Working days skip Swedish public holidays and the eves people take off, on known dates."""

import datetime

import pytest

from lundsite.working_days import is_working_day, working_days_ago
from partnerships.frivilligkraft.interest import Interest
from tests.factories.frivilligkraft import make_interest, publish_assignment

D = datetime.date


@pytest.mark.parametrize(
    "date",
    [
        D(2026, 6, 19),  # midsommarafton, a Friday: a day off in practice
        D(2026, 12, 24),  # julafton
        D(2026, 12, 25),  # juldagen
        D(2026, 12, 31),  # nyårsafton
        D(2027, 1, 1),  # nyårsdagen
        D(2027, 1, 6),  # trettondedag jul
        D(2026, 4, 3),  # långfredagen
        D(2026, 4, 6),  # annandag påsk
        D(2026, 5, 14),  # Kristi himmelsfärds dag
        D(2026, 11, 22),  # a Sunday
    ],
)
def test_holidays_and_eves_are_not_working_days(date):
    assert not is_working_day(date)


@pytest.mark.parametrize(
    "date",
    [
        D(2026, 6, 18),  # the day before midsommarafton: a half day, still worked
        D(2026, 12, 23),
        D(2026, 12, 28),  # between the holidays
        D(2026, 11, 24),
    ],
)
def test_ordinary_weekdays_are_working_days(date):
    assert is_working_day(date)


@pytest.mark.parametrize(
    "days,today,expected",
    [
        # Midsummer 2026: Friday 19 June is midsommarafton.
        (1, D(2026, 6, 22), D(2026, 6, 18)),
        (5, D(2026, 6, 22), D(2026, 6, 12)),
        # Christmas 2026: 24 Thu, 25 Fri, 31 Thu and 1 Jan Fri are off.
        (1, D(2026, 12, 28), D(2026, 12, 23)),
        (5, D(2027, 1, 4), D(2026, 12, 22)),
        # Easter 2026: långfredagen 3 April and annandag påsk 6 April.
        (2, D(2026, 4, 7), D(2026, 4, 1)),
    ],
)
def test_counting_back_skips_holidays(days, today, expected):
    assert working_days_ago(days, today) == expected


@pytest.mark.django_db
def test_an_interest_over_christmas_is_not_yet_waiting_too_long():
    """Sent on 23 December: with julafton to annandag jul, nyårsafton, nyårsdagen and
    trettondedagen off, five working days have not passed until 7 January."""
    page = publish_assignment()
    interest = make_interest(page)
    sent = datetime.datetime(2026, 12, 23, 10, tzinfo=datetime.UTC)
    Interest.objects.filter(pk=interest.pk).update(created_at=sent)

    assert not Interest.objects.waiting_too_long(D(2027, 1, 4)).exists()
    assert not Interest.objects.due_for_reminder(D(2027, 1, 4)).exists()
    assert list(Interest.objects.waiting_too_long(D(2027, 1, 7))) == [interest]
