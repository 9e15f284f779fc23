"""Swedish working days: Monday to Friday, except public holidays and the eves people take off.

Promises such as "svar inom fem arbetsdagar" are read by people in Sweden, who do not work on
juldagen or midsommarafton. The `holidays` package knows the dates; its category "public"
holds the red days (and, for Sweden, Sundays only when asked for), "de_facto" midsommarafton,
julafton and nyårsafton, which are days off in practice although not by law.
"""

import datetime
from functools import lru_cache

import holidays

COUNTRY = "SE"
DAYS_OFF_CATEGORIES = (holidays.PUBLIC, holidays.DE_FACTO)


@lru_cache(maxsize=32)
def days_off(year: int) -> frozenset[datetime.date]:
    """Weekday holidays and eves of one year, cached: they never change for a past year."""
    calendar = holidays.country_holidays(COUNTRY, years=year, categories=DAYS_OFF_CATEGORIES)
    return frozenset(calendar)


def is_working_day(date: datetime.date) -> bool:
    return date.weekday() < 5 and date not in days_off(date.year)


def working_days_ago(days: int, today: datetime.date) -> datetime.date:
    """The date `days` working days before today (today itself never counts)."""
    date = today
    while days:
        date -= datetime.timedelta(days=1)
        if is_working_day(date):
            days -= 1
    return date


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after `start` up to and including `end`: an answer on the day a question
    came is 0 days, one on the next working day 1 day (as "within five working days" counts)."""
    days = 0
    date = start
    while date < end:
        date += datetime.timedelta(days=1)
        if is_working_day(date):
            days += 1
    return days
