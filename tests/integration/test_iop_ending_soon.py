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


def ending_in(register, days: int, title: str, **fields):
    return IOPAgreementPageFactory(
        parent=register,
        title=title,
        end_date=timezone.localdate() + datetime.timedelta(days=days),
        **fields,
    )


def dashboard(client, django_user_model) -> str:
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw-1"))
    return client.get("/admin/").content.decode()


def test_unapproved_drafts_are_not_counted(home, client, django_user_model):
    register = home.get_children().get(slug="iop")
    ending_in(register, 20, "Publicerat avtal")
    ending_in(register, 10, "Utkast som väntar", live=False)

    content = dashboard(client, django_user_model)

    assert [a.title for a in agreements_ending_soon()] == ["Publicerat avtal"]
    assert "1 publicerat avtal tar slut inom 90 dagar." in content
    assert "Utkast som väntar" not in content


def test_the_list_is_capped_with_the_total_and_a_link_to_the_register(
    home, client, django_user_model
):
    register = home.get_children().get(slug="iop")
    for day in range(1, 13):
        ending_in(register, day, f"Avtal dag {day:02d}")

    content = dashboard(client, django_user_model)

    assert "12 publicerade avtal tar slut inom 90 dagar." in content
    assert "Här visas de 10 som slutar först." in content
    assert "Avtal dag 10" in content
    assert "Avtal dag 11" not in content and "Avtal dag 12" not in content
    assert 'href="/iop/?status=active&amp;sort=end"' in content


def test_the_linked_register_lists_the_soonest_to_end_first(home, client):
    register = home.get_children().get(slug="iop")
    ending_in(register, 60, "Slutar sist")
    ending_in(register, 5, "Slutar först")

    content = client.get("/iop/", {"status": "active", "sort": "end"}).content.decode()

    assert content.index("Slutar först") < content.index("Slutar sist")
