import datetime

import pytest
from django.utils import timezone

from partnerships.iop.dashboard import agreements_ending_soon
from tests.factories.partnerships import IOPAgreementPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(home):
    register = home.get_children().get(slug="iop")
    today = timezone.localdate()
    IOPAgreementPageFactory(
        parent=register,
        title="Slutar snart",
        slug="slutar-snart",
        end_date=today + datetime.timedelta(days=30),
    )
    IOPAgreementPageFactory(
        parent=register,
        title="Slutar sent",
        slug="slutar-sent",
        end_date=today + datetime.timedelta(days=200),
    )


def test_only_agreements_ending_within_90_days(soon):
    assert [a.title for a in agreements_ending_soon()] == ["Slutar snart"]


def test_dashboard_lists_them(soon, client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw-1"))
    content = client.get("/admin/").content.decode()
    assert "IOP-avtal som tar slut inom 90 dagar" in content
    assert "Slutar snart" in content
    assert "Slutar sent" not in content
