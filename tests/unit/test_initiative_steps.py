import pytest

from partnerships.initiatives.models import Initiative, InitiativeStatus


@pytest.mark.parametrize(
    ("status", "step"),
    [
        (InitiativeStatus.RECEIVED, 1),
        (InitiativeStatus.MATCHED, 1),
        (InitiativeStatus.IN_PROGRESS, 2),
        (InitiativeStatus.CLOSED, 3),
        (InitiativeStatus.EVALUATED, 4),
        (InitiativeStatus.NOT_RELEVANT, None),
    ],
)
def test_an_idea_stands_at_the_step_its_status_reached(status, step):
    assert Initiative(status=status).process_step == step
