"""The commands that give `make bench` a large register and a long list of assignments.

They write pages in bulk rather than through `add_child` (lundsite.bulk_pages), so these
tests check what `add_child` would have guaranteed: a sound tree, live pages at their
addresses, in the lists and in search."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from partnerships.frivilligkraft.assignments import AssignmentPage, AssignmentStatus
from partnerships.frivilligkraft.index import AssignmentIndexPage
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage

pytestmark = pytest.mark.django_db


def tree_problems() -> list:
    """Treebeard's own check: bad characters or step lengths in paths, orphans, wrong depths
    and wrong child counts."""
    return [problem for problems in Page.find_problems() for problem in problems]


def shown_count(html: str) -> int:
    return int(re.search(r'class="result-count" role="status">(\d+)', html).group(1))


def test_assignment_volume_fills_up_to_the_total_once():
    call_command("build_assignment_volume", 5)
    call_command("build_assignment_volume", 5)
    made = AssignmentPage.objects.filter(title__startswith="Volymuppdrag")
    assert made.count() == 5
    assert all(page.is_example and page.live for page in made)
    assert all(page.priority_areas.count() == 1 for page in made)
    assert tree_problems() == []


def test_iop_volume_fills_up_to_the_total_once():
    swedish = IOPAgreementPage.objects.filter(locale__language_code="sv")
    before = swedish.count()
    call_command("build_iop_volume", before + 3)
    call_command("build_iop_volume", before + 3)
    assert swedish.count() == before + 3


def test_built_agreements_are_live_at_their_address_in_the_register_and_in_search():
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    client = Client()
    before = shown_count(client.get(register.url).content.decode())
    call_command("build_iop_volume", before + 4, verbosity=0)

    assert tree_problems() == []
    register.refresh_from_db()
    assert register.numchild == register.get_children().count()
    made = list(IOPAgreementPage.objects.child_of(register).filter(slug__startswith="volymavtal"))
    assert len(made) == 4
    for page in made:
        assert page.live and page.first_published_at and page.url_path.startswith("/")
        assert page.municipal_bodies.count() == 1 and page.organisations.count() == 2
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    assert shown_count(client.get(register.url).content.decode()) == before + 4
    found = IOPAgreementPage.objects.live().search(made[0].title)
    assert made[0].pk in [page.pk for page in found]


def test_built_assignments_that_are_open_are_listed_and_each_has_its_page():
    index = AssignmentIndexPage.objects.get(locale__language_code="sv")
    client = Client()
    before = shown_count(client.get(index.url).content.decode())
    call_command("build_assignment_volume", 30, verbosity=0)

    made = AssignmentPage.objects.child_of(index).filter(slug__startswith="volymuppdrag")
    assert made.count() == 30
    still_open = made.open().count()
    assert shown_count(client.get(index.url).content.decode()) == before + still_open
    closed = made.filter(status=AssignmentStatus.CLOSED).first()
    assert client.get(closed.url).status_code == 200
    assert tree_problems() == []
