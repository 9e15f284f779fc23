"""No mail is ever lost: the outbox keeps trying until the mail server takes the message."""

import datetime
import socket

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lundsite.outbox import OutgoingEmail, deliver_due, deliver_email, retry_delay
from tests.integration.test_initiative_flow import FORM_URL, valid_data

pytestmark = pytest.mark.django_db


class Sink:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_port():
    port = free_port()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=5,
    ):
        yield port


def test_retry_delay_backs_off_to_two_minutes():
    delays = [retry_delay(attempt).total_seconds() for attempt in range(1, 7)]
    assert delays == [15, 30, 60, 120, 120, 120]


def test_idea_sent_while_the_mail_server_is_down_arrives_when_it_returns(client, smtp_port):
    response = client.post(FORM_URL, valid_data())
    assert response.status_code == 302  # the sender is thanked whatever the mail server does

    assert deliver_due() == 0
    waiting = OutgoingEmail.objects.unsent()
    assert waiting.count() == 2
    for email in waiting:
        assert email.attempts == 1
        assert "ConnectionRefusedError" in email.last_error
        assert email.next_attempt_at > timezone.now()

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        # Not due yet: the outbox waits for the back-off before trying again.
        assert deliver_due() == 0
        later = timezone.now() + datetime.timedelta(minutes=1)
        assert deliver_due(now=later) == 2
    finally:
        controller.stop()

    assert OutgoingEmail.objects.unsent().count() == 0
    recipients = sorted(rcpt for envelope in sink.messages for rcpt in envelope.rcpt_tos)
    assert recipients == ["aisha@example.org", "foreningslots@lund.se"]


def test_the_task_schedules_a_new_attempt_after_a_failure(client, smtp_port):
    client.post(FORM_URL, valid_data())
    email = OutgoingEmail.objects.first()

    deliver_email.call(email.pk)

    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1
    retries = DBTaskResult.objects.filter(args_kwargs__args=[email.pk])
    assert retries.filter(run_after__isnull=False).exists()


def test_a_message_is_sent_once_only(client, mailoutbox):
    client.post(FORM_URL, valid_data())
    email = OutgoingEmail.objects.first()
    deliver_email.call(email.pk)
    deliver_email.call(email.pk)
    assert len([m for m in mailoutbox if m.to == email.to]) == 1


def test_superusers_see_failed_attempts_and_others_do_not(client, django_user_model, smtp_port):
    client.post(FORM_URL, valid_data())
    deliver_due()
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/utgaende-epost/")
    assert listing.status_code == 200
    assert "ConnectionRefusedError" in listing.content.decode()
    assert client.get("/admin/utgaende-epost/new/").status_code in (302, 403)

    editor = django_user_model.objects.create_user("redaktor", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Redaktörer"))
    client.force_login(editor)
    response = client.get("/admin/utgaende-epost/")
    assert response.status_code in (302, 403)
    assert "aisha@example.org" not in response.content.decode()
