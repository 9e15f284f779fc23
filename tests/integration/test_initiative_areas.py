"""The priority areas a sender chooses reach the föreningslots' inbox, shown by title."""

import re

import pytest
from django.core.cache import caches

from partnerships.initiatives.models import Initiative
from principles.models import PriorityAreaPage
from tests.factories.initiatives import make_initiative
from tests.factories.people import member_of
from tests.integration.test_initiative_flow import FORM_URL, valid_data
from tests.integration.test_initiative_inbox import INBOX

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def swedish_areas() -> list[PriorityAreaPage]:
    return list(PriorityAreaPage.objects.live().filter(locale__language_code="sv")[:2])


def shown_areas(content: str) -> str:
    """The text after the label "Prioriterade områden", tags and spacing removed."""
    after = content.split("Prioriterade områden", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", after)).strip()[:120]


def test_the_areas_a_sender_chooses_are_stored(client):
    areas = swedish_areas()

    client.post(FORM_URL, valid_data(priority_areas=[area.pk for area in areas]))

    stored = Initiative.objects.get()
    assert sorted(stored.priority_areas.values_list("pk", flat=True)) == sorted(
        area.pk for area in areas
    )


@pytest.mark.parametrize("view", ["edit", "inspect"])
def test_the_idea_shows_its_areas_by_title(client, django_user_model, view):
    first, second = swedish_areas()
    client.post(FORM_URL, valid_data(priority_areas=[first.pk, second.pk]))
    initiative = Initiative.objects.get()
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))

    shown = shown_areas(client.get(f"{INBOX}{view}/{initiative.pk}/").content.decode())

    assert shown.startswith(f"{first.title}, {second.title}") or shown.startswith(
        f"{second.title}, {first.title}"
    )


@pytest.mark.parametrize("view", ["edit", "inspect"])
def test_an_idea_without_areas_says_so_in_swedish(client, django_user_model, view):
    initiative = make_initiative()
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))

    shown = shown_areas(client.get(f"{INBOX}{view}/{initiative.pk}/").content.decode())

    assert shown.startswith("Inget område valt")
