"""Every `<time datetime>` on every live page holds a value HTML accepts: the Nu checker
(`make audit`) rejects Python's isoformat with microseconds, as on the follow-up year pages."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db

DATETIME_ATTRIBUTE = re.compile(r'<time[^>]*\sdatetime="([^"]*)"')
# HTML's valid date string, or global date and time string with at most three decimals.
VALID_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2}))?"
)


def test_every_time_element_has_a_valid_datetime(client):
    call_command("load_initial_content", "--examples", verbosity=0)
    values: dict[str, list[str]] = {}
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.get_url())
        assert response.status_code == 200, page.get_url()
        values[page.get_url()] = DATETIME_ATTRIBUTE.findall(response.content.decode())
    invalid = {
        url: [value for value in found if not VALID_DATETIME.fullmatch(value)]
        for url, found in values.items()
    }
    assert {url: found for url, found in invalid.items() if found} == {}
    # The follow-up years and the events carry times; a page list without them checks nothing.
    assert sum(len(found) for found in values.values()) >= 10
