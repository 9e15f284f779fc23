"""The outbox: every e-mail the site sends is stored first, then delivered in the background.

What a person submits is saved before any mail is attempted, and the message itself is saved
here in the same transaction. A task on the "outbox" backend (django-tasks-db, worked off by
`manage.py db_worker --backend outbox --queue-name mail`) delivers it. When the mail server
is down, the attempt and its error are recorded and another attempt is scheduled, backing
off to at most RETRY_CEILING, so a message leaves within a couple of minutes of the server's
return. `manage.py deliver_outbox` sends whatever is due, should a task ever be lost.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

logger = logging.getLogger(__name__)

OUTBOX_BACKEND = "lundsite.outbox_backend.OutboxBackend"
FIRST_RETRY = datetime.timedelta(seconds=15)
RETRY_CEILING = datetime.timedelta(minutes=2)


def delivery_backend() -> str:
    """The transport that really sends. While EMAIL_BACKEND is the outbox (as on the running
    site) that is OUTBOX_DELIVERY_BACKEND, so a delivered message never comes back into the
    outbox; a test that swaps EMAIL_BACKEND for memory or an SMTP sink gets what it set."""
    if settings.EMAIL_BACKEND != OUTBOX_BACKEND:
        return settings.EMAIL_BACKEND
    backend = getattr(settings, "OUTBOX_DELIVERY_BACKEND", "")
    if not backend or backend == OUTBOX_BACKEND:
        raise ImproperlyConfigured("OUTBOX_DELIVERY_BACKEND must name a real mail transport.")
    return backend


def retry_delay(attempts: int) -> datetime.timedelta:
    """15 s, 30 s, 60 s, then every two minutes until the server takes the message."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), RETRY_CEILING)


class OutgoingEmailQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at__isnull=True)

    def due(self, now: datetime.datetime | None = None):
        return self.unsent().filter(next_attempt_at__lte=now or timezone.now())

    def failing(self):
        return self.unsent().filter(attempts__gt=0)


class OutgoingEmail(models.Model):
    template = models.CharField(_("mall"), max_length=200)
    language = models.CharField(_("språk"), max_length=8)
    to = models.JSONField(_("till"))
    reply_to = models.JSONField(_("svar till"), default=list, blank=True)
    subject = models.CharField(_("ämne"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("html"), blank=True)
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    sent_at = models.DateTimeField(_("skickat"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("misslyckade försök"), default=0)
    next_attempt_at = models.DateTimeField(_("nästa försök"), default=timezone.now, db_index=True)
    last_error = models.TextField(_("senaste fel"), blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("utgående e-post")
        verbose_name_plural = _("utgående e-post")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject

    @property
    def status(self) -> str:
        if self.sent_at:
            return _("skickat")
        return _("försöker igen") if self.attempts else _("väntar")

    def as_message(self) -> EmailMultiAlternatives:
        message = EmailMultiAlternatives(
            self.subject, self.body_text, to=self.to, reply_to=self.reply_to or None
        )
        if self.body_html:
            message.attach_alternative(self.body_html, "text/html")
        return message

    def attempt(self) -> bool:
        """Tries to hand the message to the mail server; records the outcome."""
        now = timezone.now()
        try:
            message = self.as_message()
            message.connection = get_connection(backend=delivery_backend())
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            self.attempts += 1
            self.last_error = f"{now:%Y-%m-%d %H:%M:%S} {type(error).__name__}: {error}"[:2000]
            self.next_attempt_at = now + retry_delay(self.attempts)
            self.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning("Mail %s not delivered (attempt %s): %s", self.pk, self.attempts, error)
            return False
        self.sent_at = now
        self.save(update_fields=["sent_at"])
        return True


def _single_line(text: str) -> str:
    # A subject is a header: nothing may start a new line in it.
    return " ".join(text.split())


def queue_email(
    template: str,
    context: dict,
    to: list[str],
    language: str,
    reply_to: list[str] | None = None,
) -> OutgoingEmail:
    """Stores a message rendered from `<template>_subject.txt`, `.txt` and `.html` in the given
    language, and schedules its delivery once the current transaction commits."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body_text = render_to_string(f"{template}.txt", context)
        body_html = render_to_string(f"{template}.html", context)
    return store_email(
        template=template,
        language=language,
        to=to,
        reply_to=reply_to,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
    )


def store_email(
    *,
    template: str,
    language: str,
    to: list[str],
    subject: str,
    body_text: str,
    body_html: str = "",
    reply_to: list[str] | None = None,
) -> OutgoingEmail:
    """Stores a finished message and schedules its delivery once the transaction commits."""
    email = OutgoingEmail.objects.create(
        template=template,
        language=language,
        to=list(to),
        reply_to=list(reply_to or []),
        subject=_single_line(subject)[:300],
        body_text=body_text,
        body_html=body_html,
    )
    transaction.on_commit(lambda: _schedule(email.pk))
    return email


def _schedule(email_id: int, run_after: datetime.datetime | None = None) -> None:
    try:
        deliver_email.using(run_after=run_after).enqueue(email_id)
    except Exception:  # noqa: BLE001 - the sweep in deliver_due() sends it anyway
        logger.exception("Could not queue delivery of mail %s", email_id)


def deliver(email_id: int) -> bool | None:
    """One attempt at one message, unless it has gone already. None when nothing was due."""
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().unsent().filter(pk=email_id).first()
        if email is None:
            return None
        return email.attempt()


@task(backend="outbox", queue_name="mail")
def deliver_email(email_id: int) -> None:
    if deliver(email_id) is False:
        email = OutgoingEmail.objects.get(pk=email_id)
        _schedule(email_id, run_after=email.next_attempt_at)


def deliver_due(now: datetime.datetime | None = None) -> int:
    """Sends every message that is due now; returns how many went out."""
    sent = 0
    for email_id in OutgoingEmail.objects.due(now).values_list("pk", flat=True):
        sent += bool(deliver(email_id))
    return sent
