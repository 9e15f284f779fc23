"""The föreningslots' inbox: who may see ideas, status mails, and removal of old data."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from lundsite.models import ContactSettings
from lundsite.outbox import OutgoingEmail, deliver_due
from partnerships.initiatives.models import Initiative, InitiativeNote, InitiativeStatus
from tests.factories.initiatives import make_initiative
from tests.factories.people import member_of

pytestmark = pytest.mark.django_db
INBOX = "/admin/samverkansideer/"


def test_the_foreningslots_sees_the_inbox_and_an_idea(client, django_user_model):
    initiative = make_initiative()
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))
    listing = client.get(INBOX).content.decode()
    assert initiative.reference in listing
    detail = client.get(f"{INBOX}edit/{initiative.pk}/").content.decode()
    assert "aisha@example.org" in detail


@pytest.mark.parametrize("group", ["Redaktörer", "Publicerare"])
def test_editors_never_see_personal_data(client, django_user_model, group):
    initiative = make_initiative()
    client.force_login(member_of(django_user_model, group, "annan"))
    for url in (INBOX, f"{INBOX}edit/{initiative.pk}/", f"{INBOX}inspect/{initiative.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "aisha@example.org" not in response.content.decode()


def test_filters_by_status(client, django_user_model):
    received = make_initiative(organisation_name="Förening Ett")
    make_initiative(organisation_name="Förening Två", status=InitiativeStatus.IN_DIALOGUE)
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))
    content = client.get(INBOX, {"status": "received"}).content.decode()
    assert received.reference in content
    assert "Förening Två" not in content


def edit(client, initiative: Initiative, **fields):
    data = {
        "status": initiative.status,
        "status_reason": "",
        "iop_agreement": "",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return client.post(f"{INBOX}edit/{initiative.pk}/", data)


def test_status_change_mails_the_sender_in_their_language(client, django_user_model, mailoutbox):
    initiative = make_initiative(language="en")
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))

    response = edit(
        client,
        initiative,
        status="not_relevant",
        status_reason="Det finns redan ett liknande projekt.",
        **{"notes-TOTAL_FORMS": "1", "notes-0-text": "Ringde Aisha.", "notes-0-id": ""},
    )

    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.NOT_RELEVANT
    assert initiative.closed_at is not None
    assert InitiativeNote.objects.get().text == "Ringde Aisha."
    deliver_due()
    (mail,) = mailoutbox
    assert mail.to == ["aisha@example.org"]
    assert "Not going ahead" in mail.body
    assert "Det finns redan ett liknande projekt." in mail.body


def test_no_mail_when_the_sender_declined_or_status_is_unchanged(client, django_user_model):
    declined = make_initiative(wants_status_updates=False)
    unchanged = make_initiative()
    client.force_login(member_of(django_user_model, "Föreningslots", "lotsen"))
    edit(client, declined, status="dialogue")
    edit(client, unchanged, **{"notes-TOTAL_FORMS": "1", "notes-0-text": "Anteckning."})
    assert OutgoingEmail.objects.count() == 0


def test_old_closed_ideas_lose_their_personal_data_but_keep_statistics():
    old = make_initiative(status=InitiativeStatus.CLOSED)
    InitiativeNote.objects.create(initiative=old, text="Aisha ringde.")
    Initiative.objects.filter(pk=old.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=25 * 31)
    )
    recent = make_initiative(status=InitiativeStatus.CLOSED)
    still_open = make_initiative()
    Initiative.objects.filter(pk=still_open.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=1000)
    )

    call_command("remove_old_initiative_data", verbosity=0)

    old.refresh_from_db()
    assert old.email == "" and old.phone == "" and "Aisha" not in old.contact_name
    assert old.personal_data_removed_at is not None
    assert old.status == InitiativeStatus.CLOSED and old.created_at
    assert not old.notes.exists()
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.email == "aisha@example.org"


def test_retention_period_comes_from_the_site_settings(home):
    settings = ContactSettings.for_site(home.get_site())
    settings.initiative_retention_months = 1
    settings.save()
    closed = make_initiative(status=InitiativeStatus.EVALUATED)
    Initiative.objects.filter(pk=closed.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=40)
    )
    call_command("remove_old_initiative_data", verbosity=0)
    closed.refresh_from_db()
    assert closed.email == ""
