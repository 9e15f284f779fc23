"""The commands that give `make bench` a large register and a long list of assignments."""

import pytest
from django.core.management import call_command

from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.iop.agreements import IOPAgreementPage

pytestmark = pytest.mark.django_db


def test_assignment_volume_fills_up_to_the_total_once():
    call_command("build_assignment_volume", 5)
    call_command("build_assignment_volume", 5)
    made = AssignmentPage.objects.filter(title__startswith="Volymuppdrag")
    assert made.count() == 5
    assert all(page.is_example and page.live for page in made)


def test_iop_volume_fills_up_to_the_total_once():
    swedish = IOPAgreementPage.objects.filter(locale__language_code="sv")
    before = swedish.count()
    call_command("build_iop_volume", before + 3)
    call_command("build_iop_volume", before + 3)
    assert swedish.count() == before + 3
