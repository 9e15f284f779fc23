"""Removal of what the site's machinery keeps about people, once the promised time is up.

The outbox keeps every message it sent (addresses, names and what people wrote), and the
task queue keeps a record of every finished job. The privacy notice promises both are
deleted after the retention period in *Kontaktuppgifter* (the same months as for ideas and
interests). Mail not yet sent is kept, whatever its age: deleting it would lose it.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Site

from lundsite.models import ContactSettings
from lundsite.outbox import OutgoingEmail

# The same month length as the other removal jobs use (initiatives, interests).
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class Removed:
    mail: int
    task_results: int


def retention_months() -> int:
    """The retention period the editors set for the default site."""
    site = Site.objects.get(is_default_site=True)
    return ContactSettings.for_site(site).initiative_retention_months


def cutoff(months: int, now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=round(months * DAYS_PER_MONTH))


def remove_old_mail_and_tasks(months: int, now: datetime.datetime | None = None) -> Removed:
    """Deletes mail sent, and task results finished (done or failed), before the cutoff."""
    limit = cutoff(months, now)
    with transaction.atomic():
        mail, _by_model = OutgoingEmail.objects.filter(sent_at__lt=limit).delete()
        # django-tasks-db's own notion of finished: successful or failed, never waiting ones.
        tasks, _by_model = DBTaskResult.objects.finished().filter(finished_at__lt=limit).delete()
    return Removed(mail=mail, task_results=tasks)
