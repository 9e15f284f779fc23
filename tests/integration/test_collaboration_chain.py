"""The chain made visible: idea → agreement → assignments → priority area, and back."""

import datetime

import pytest

from partnerships.initiatives.models import InitiativeStatus
from partnerships.iop.register import IOPRegisterPage
from principles.models import PriorityAreaPage
from tests.factories.frivilligkraft import publish_assignment
from tests.factories.initiatives import make_initiative
from tests.factories.partnerships import IOPAgreementPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain():
    area = PriorityAreaPage.objects.get(slug="inkludering", locale__language_code="sv")
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    agreement = IOPAgreementPageFactory(
        parent=register,
        title="Läxhjälp i Norra Fäladen",
        slug="laxhjalp",
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2099, 12, 31),
    )
    agreement.priority_areas = [area]
    agreement.save_revision().publish()
    assignment = publish_assignment(title="Läxhjälpare sökes", iop_agreement=agreement)
    assignment.priority_areas = [area]
    assignment.save_revision().publish()
    closed = publish_assignment(title="Gammalt uppdrag", iop_agreement=agreement, days_left=-3)
    idea = make_initiative(
        wants_public=True,
        public_approved=True,
        public_description="Läxhjälp för barn.",
        status=InitiativeStatus.IN_PROGRESS,
        iop_agreement=agreement,
    )
    idea.priority_areas.set([area])
    idea.save()
    return idea, agreement, assignment, closed, area


def test_the_walk_forward(client, chain):
    idea, agreement, assignment, closed, area = chain
    idea_page = client.get(f"/foreningslotsen/ideer/{idea.reference}/").content.decode()
    assert f'href="{agreement.url}"' in idea_page
    assert f'href="{area.url}"' in idea_page
    agreement_page = client.get(agreement.url).content.decode()
    assert "Öppna volontäruppdrag inom avtalet" in agreement_page
    assert f'href="{assignment.url}"' in agreement_page
    assert f'href="{closed.url}"' not in agreement_page
    assignment_page = client.get(assignment.url).content.decode()
    assert f'href="{area.url}"' in assignment_page
    assert 'href="/prioriterade-omraden/inkludering/"' in assignment_page


def test_the_walk_back(client, chain):
    idea, agreement, assignment, _closed, area = chain
    area_page = client.get(area.url).content.decode()
    assert f'href="{assignment.url}"' in area_page
    assert f'href="{agreement.url}"' in area_page
    assignment_page = client.get(assignment.url).content.decode()
    assert "Hör till IOP-avtalet" in assignment_page
    assert f'href="{agreement.url}"' in assignment_page
    agreement_page = client.get(agreement.url).content.decode()
    assert f'href="/foreningslotsen/ideer/{idea.reference}/"' in agreement_page


def test_an_assignment_without_agreement_says_nothing_of_one(client):
    assignment = publish_assignment(title="Fristående uppdrag")
    assert "Hör till IOP-avtalet" not in client.get(assignment.url).content.decode()


def test_an_unpublished_agreement_is_not_linked_from_its_assignment(client, chain):
    _idea, agreement, assignment, _closed, _area = chain
    agreement.unpublish()
    content = client.get(assignment.url).content.decode()
    assert "Hör till IOP-avtalet" not in content
