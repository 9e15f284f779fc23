"""An editor's agreement reaches the register only after a publisher approves it."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from partnerships.parties import Organisation
from tests.factories.people import member_of
from tests.integration.test_iop_admin import agreement_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(home):
    return home.get_children().get(slug="iop")


def add_agreement(client, register, action: str):
    data = agreement_form()
    del data["action-publish"]
    data[action] = action.removeprefix("action-")
    return client.post(f"/admin/pages/add/partnerships/iopagreementpage/{register.pk}/", data)


def test_editor_cannot_publish(client, django_user_model, register):
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    add_agreement(client, register, "action-publish")
    page = register.get_children().get(slug="nytt-avtal")
    assert not page.live


def test_editor_submits_and_publisher_approves(client, django_user_model, register):
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    response = add_agreement(client, register, "action-submit")
    assert response.status_code == 302
    page = register.get_children().get(slug="nytt-avtal").specific
    assert not page.live
    assert page.workflow_in_progress
    assert "Nytt avtal" not in client.get("/iop/").content.decode()

    publisher = member_of(django_user_model, "Publicerare", "publicerare")
    client.force_login(publisher)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert "Nytt avtal" in client.get("/iop/?board=kultur-och-fritidsnamnden").content.decode()
    assert "Nytt avtal" in client.get("/iop/export.csv").content.decode("utf-8-sig")


def test_publishers_can_publish_directly(client, django_user_model, register):
    client.force_login(member_of(django_user_model, "Publicerare", "publicerare"))
    add_agreement(client, register, "action-publish")
    assert register.get_children().get(slug="nytt-avtal").live


def test_scheduled_agreement_goes_live_when_its_time_comes(client, django_user_model, register):
    client.force_login(member_of(django_user_model, "Publicerare", "publicerare"))
    soon = timezone.localtime() + datetime.timedelta(minutes=1)
    add_agreement(client, register, "action-publish")
    page = register.get_children().get(slug="nytt-avtal").specific
    page.unpublish()
    page.go_live_at = soon
    page.save_revision(approved_go_live_at=soon)

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live

    with_time = soon + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=with_time):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_editor_is_offered_only_swedish_parties(client, django_user_model, register):
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    content = client.get(
        f"/admin/pages/add/partnerships/iopagreementpage/{register.pk}/"
    ).content.decode()
    swedish = Organisation.objects.filter(locale__language_code="sv").count()
    assert content.count('name="organisations"') == swedish
