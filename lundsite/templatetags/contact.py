"""Contact details from the site settings, written out in the reader's language."""

import re

from django import template
from django.utils import formats

from lundsite.models import WEEKDAYS

register = template.Library()
DAY_NAMES = dict(WEEKDAYS)


@register.filter
def phone_href(number: str) -> str:
    """A Swedish phone number as a tel: link target: 046-359 50 00 becomes +46463595000."""
    digits = re.sub(r"[^\d+]", "", number or "")
    if digits.startswith("0"):
        digits = "+46" + digits[1:]
    return digits


@register.filter
def opening_hours(value) -> str:
    """One row of opening hours, such as "måndag–torsdag 08:00–17:00"."""
    days = str(DAY_NAMES.get(value["first_day"], ""))
    if value.get("last_day") and value["last_day"] != value["first_day"]:
        days = f"{days}–{DAY_NAMES.get(value['last_day'], '')}"
    opens = formats.time_format(value["opens"], "TIME_FORMAT")
    closes = formats.time_format(value["closes"], "TIME_FORMAT")
    return f"{days} {opens}–{closes}"
