"""Nothing personal is kept longer than the privacy notice promises: sent mail and finished
task records go after the retention period in the site settings."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Site

from lundsite.management.commands.run_schedule import SCHEDULE
from lundsite.models import ContactSettings
from lundsite.outbox import OutgoingEmail, deliver_email

pytestmark = pytest.mark.django_db

MONTH = datetime.timedelta(days=31)


@pytest.fixture
def six_months():
    """A period other than the default, to show the editors' setting is the one used."""
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.initiative_retention_months = 6
    contact.save()


def mail(sent_months_ago: int | None, created_months_ago: int = 30) -> OutgoingEmail:
    now = timezone.now()
    email = OutgoingEmail.objects.create(
        template="t", language="sv", to=["aisha@example.org"], subject="Kvitto", body_text="Hej"
    )
    OutgoingEmail.objects.filter(pk=email.pk).update(
        created_at=now - created_months_ago * MONTH,
        sent_at=None if sent_months_ago is None else now - sent_months_ago * MONTH,
    )
    return email


def task_result(status: str, finished_months_ago: int | None) -> str:
    result = deliver_email.enqueue(1)
    finished = None if finished_months_ago is None else timezone.now() - finished_months_ago * MONTH
    DBTaskResult.objects.filter(pk=result.id).update(status=status, finished_at=finished)
    return str(result.id)


def test_sent_mail_older_than_the_period_is_removed(six_months):
    old = mail(sent_months_ago=7)
    recent = mail(sent_months_ago=5)
    unsent = mail(sent_months_ago=None)  # still trying: deleting it would lose the message

    call_command("remove_old_mail", verbosity=0)

    remaining = set(OutgoingEmail.objects.values_list("pk", flat=True))
    assert old.pk not in remaining
    assert {recent.pk, unsent.pk} <= remaining


def test_finished_task_results_older_than_the_period_are_removed(six_months):
    done = task_result(TaskResultStatus.SUCCESSFUL, finished_months_ago=7)
    failed = task_result(TaskResultStatus.FAILED, finished_months_ago=8)
    recent = task_result(TaskResultStatus.SUCCESSFUL, finished_months_ago=5)
    waiting = task_result(TaskResultStatus.READY, finished_months_ago=None)
    DBTaskResult.objects.filter(pk=waiting).update(enqueued_at=timezone.now() - 9 * MONTH)

    call_command("remove_old_mail", verbosity=0)

    remaining = {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}
    assert done not in remaining and failed not in remaining
    assert {recent, waiting} <= remaining


def test_the_default_period_keeps_mail_for_two_years():
    kept = mail(sent_months_ago=23)
    removed = mail(sent_months_ago=25)
    call_command("remove_old_mail", verbosity=0)
    remaining = set(OutgoingEmail.objects.values_list("pk", flat=True))
    assert kept.pk in remaining and removed.pk not in remaining


def test_the_scheduler_runs_it_daily():
    assert ("remove_old_mail", 24 * 3600) in SCHEDULE
