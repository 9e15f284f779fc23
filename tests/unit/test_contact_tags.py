import datetime

import pytest
from django.utils import translation

from lundsite.templatetags.contact import opening_hours, phone_href


@pytest.mark.parametrize(
    ("number", "href"),
    [("046-359 50 00", "+46463595000"), ("+46 46 359 50 00", "+46463595000"), ("", "")],
)
def test_phone_href(number, href):
    assert phone_href(number) == href


ROW = {
    "first_day": "0",
    "last_day": "3",
    "opens": datetime.time(8),
    "closes": datetime.time(17),
}


def test_opening_hours_in_swedish():
    with translation.override("sv"):
        assert opening_hours(ROW) == "måndag–torsdag 08:00–17:00"


def test_opening_hours_in_english():
    with translation.override("en"):
        assert opening_hours(ROW) == "Monday–Thursday 8 a.m.–5 p.m."


def test_opening_hours_for_a_single_day():
    with translation.override("sv"):
        assert opening_hours({**ROW, "first_day": "4", "last_day": ""}) == "fredag 08:00–17:00"
