"""Organisers see the registrations per event in the admin and export them as CSV; others
without the permission never see them."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from tests.factories.events import make_registration, publish_event
from tests.factories.people import member_of

pytestmark = pytest.mark.django_db
LIST = "/admin/anmalningar-evenemang/"
ORGANISERS = "Evenemangsarrangörer"


def test_the_organisers_group_has_only_what_it_needs():
    codenames = set(
        Group.objects.get(name=ORGANISERS).permissions.values_list("codename", flat=True)
    )
    assert codenames == {"access_admin", "view_registration"}


def test_an_organiser_sees_the_registrations_of_one_event_and_exports_them(
    client, django_user_model
):
    event = publish_event(title="Utbildning för kassörer")
    other = publish_event(title="Annan utbildning")
    make_registration(event, "Kim", organisation="Lunds roddklubb", dietary_needs="Laktosfri")
    make_registration(other, "Robin")
    client.force_login(member_of(django_user_model, ORGANISERS, "arrangor"))

    listing = client.get(LIST, {"event": event.pk}).content.decode()
    assert "Kim" in listing
    assert "Robin" not in listing

    export = client.get(LIST, {"event": event.pk, "export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    assert rows[0]["Namn"] == "Kim"
    assert rows[0]["E-post"] == "kim@example.org"
    assert rows[0]["Specialkost"] == "Laktosfri"
    assert rows[0]["Evenemang"] == "Utbildning för kassörer"


@pytest.mark.parametrize("group", ["Redaktörer", "Frivilligkraft"])
def test_others_never_see_registrations(client, django_user_model, group):
    make_registration(publish_event(), "Kim")
    client.force_login(member_of(django_user_model, group, "annan"))
    response = client.get(LIST)
    assert response.status_code in (302, 403)
    assert "kim@example.org" not in response.content.decode()
    export = client.get(LIST, {"export": "csv"})
    assert export.status_code in (302, 403)
