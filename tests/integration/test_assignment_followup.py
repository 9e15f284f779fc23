"""Nobody left waiting: expiry, reminders, and the coordinators' list of interests."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from lundsite.management.commands.run_schedule import SCHEDULE
from lundsite.outbox import OutgoingEmail
from partnerships.frivilligkraft.assignments import AssignmentPage, AssignmentStatus
from partnerships.frivilligkraft.interest import Interest
from tests.factories.frivilligkraft import ORGANISER_EMAIL, WAITED_TOO_LONG_DAYS, make_interest
from tests.factories.frivilligkraft import publish_assignment as publish_factory

pytestmark = pytest.mark.django_db
INTERESTS = "/admin/intresseanmalningar/"


def publish_assignment(title: str, last_day: datetime.date, **fields) -> AssignmentPage:
    days_left = (last_day - timezone.localdate()).days
    return publish_factory(title, days_left=days_left, **fields)


def coordinator(django_user_model, username: str = "samordnare"):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name="Frivilligkraft"))
    return user


def test_the_schedule_runs_expiry_and_reminders():
    names = [name for name, _interval in SCHEDULE]
    assert "close_expired_assignments" in names
    assert "remind_unanswered_interests" in names
    assert "remove_old_interests" in names


def test_interests_are_removed_after_the_retention_period():
    today = timezone.localdate()
    old = publish_assignment("Förra året", today - datetime.timedelta(days=800))
    recent = publish_assignment("Nyligen", today - datetime.timedelta(days=30))
    make_interest(old, days_ago=810)
    kept = make_interest(recent, days_ago=40)

    call_command("remove_old_interests", verbosity=0)

    assert list(Interest.objects.all()) == [kept]


def test_assignments_close_after_their_last_day():
    today = timezone.localdate()
    past = publish_assignment("Gick ut igår", today - datetime.timedelta(days=1))
    current = publish_assignment("Går ut i dag", today)
    filled = publish_assignment(
        "Redan tillsatt", today - datetime.timedelta(days=3), status=AssignmentStatus.FILLED
    )

    call_command("close_expired_assignments", verbosity=0)

    past.refresh_from_db()
    current.refresh_from_db()
    filled.refresh_from_db()
    assert past.status == AssignmentStatus.CLOSED
    # What an editor opens next says closed too, so republishing does not reopen it.
    assert past.get_latest_revision_as_object().status == AssignmentStatus.CLOSED
    assert current.status == AssignmentStatus.OPEN
    assert filled.status == AssignmentStatus.FILLED


def test_closing_keeps_an_editors_unpublished_draft():
    page = publish_assignment("Med utkast", timezone.localdate() - datetime.timedelta(days=2))
    page.tasks = "Ny text som ännu inte är publicerad."
    page.save_revision()

    call_command("close_expired_assignments", verbosity=0)

    page.refresh_from_db()
    assert page.status == AssignmentStatus.CLOSED
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().tasks == "Ny text som ännu inte är publicerad."


def test_a_closed_assignment_says_so_on_its_page(client):
    page = publish_assignment("Stängs snart", timezone.localdate() - datetime.timedelta(days=1))
    call_command("close_expired_assignments", verbosity=0)

    response = client.get(page.url)

    assert response.status_code == 200
    assert "Uppdraget är stängt." in response.content.decode()
    assert 'name="message"' not in response.content.decode()


def test_the_organiser_is_reminded_once_after_five_working_days():
    page = publish_assignment("Påminnelse", timezone.localdate() + datetime.timedelta(days=30))
    waiting = make_interest(page, days_ago=WAITED_TOO_LONG_DAYS)
    recent = make_interest(page, days_ago=1)
    answered = make_interest(page, days_ago=WAITED_TOO_LONG_DAYS, answered_at=timezone.now())

    call_command("remind_unanswered_interests", verbosity=0)
    call_command("remind_unanswered_interests", verbosity=0)

    reminders = OutgoingEmail.objects.filter(
        template="partnerships/frivilligkraft/email/interest_reminder"
    )
    assert reminders.count() == 1
    reminder = reminders.get()
    assert reminder.to == [ORGANISER_EMAIL]
    assert reminder.reply_to == ["sam@example.org"]
    assert "Påminnelse" in reminder.subject
    waiting.refresh_from_db()
    recent.refresh_from_db()
    answered.refresh_from_db()
    assert waiting.reminded_at is not None
    assert recent.reminded_at is None
    assert answered.reminded_at is None


def test_coordinators_see_interests_and_those_waiting_too_long(client, django_user_model):
    page = publish_assignment("Läxhjälp", timezone.localdate() + datetime.timedelta(days=30))
    make_interest(page, days_ago=WAITED_TOO_LONG_DAYS, name="Väntar Länge")
    make_interest(page, days_ago=1, name="Helt Ny")
    client.force_login(coordinator(django_user_model))

    everything = client.get(INTERESTS).content.decode()
    waiting = client.get(INTERESTS, {"answer": "waiting"}).content.decode()
    per_assignment = client.get(INTERESTS, {"assignment": page.pk})

    assert "Väntar Länge" in everything and "Helt Ny" in everything
    assert "Väntar Länge" in waiting and "Helt Ny" not in waiting
    assert per_assignment.status_code == 200
    assert "Helt Ny" in per_assignment.content.decode()


def test_the_dashboard_counts_volunteers_waiting_for_an_answer(client, django_user_model):
    page = publish_assignment("Fika", timezone.localdate() + datetime.timedelta(days=30))
    make_interest(page, days_ago=WAITED_TOO_LONG_DAYS)
    client.force_login(coordinator(django_user_model))

    dashboard = client.get("/admin/").content.decode()

    assert "Volontärer som väntar på svar" in dashboard
    assert "1 intresseanmälan har väntat mer än 5 arbetsdagar på svar." in dashboard


def test_a_coordinator_marks_an_interest_answered(client, django_user_model):
    page = publish_assignment("Promenad", timezone.localdate() + datetime.timedelta(days=30))
    interest = make_interest(page, days_ago=WAITED_TOO_LONG_DAYS)
    client.force_login(coordinator(django_user_model))
    edit_url = f"{INTERESTS}edit/{interest.pk}/"

    form_page = client.get(edit_url)
    answered = timezone.localtime().replace(microsecond=0, second=0)
    response = client.post(edit_url, {"answered_at": answered.strftime("%Y-%m-%d %H:%M")})

    assert form_page.status_code == 200
    assert "Jag hjälper gärna." in form_page.content.decode()
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.answered_at == answered
    assert not Interest.objects.waiting_too_long().filter(pk=interest.pk).exists()


def test_people_outside_frivilligkraft_see_no_interests(client, django_user_model):
    editor = django_user_model.objects.create_user("redaktor", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Redaktörer"))
    client.force_login(editor)

    response = client.get(INTERESTS)

    assert response.status_code in (302, 403)
    assert "Intresseanmälningar" not in client.get("/admin/").content.decode()
