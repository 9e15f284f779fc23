"""Wagtail's own notices go through the outbox like the site's mail: stored while the mail
server is down, delivered when it is back, with links on the site's configured address."""

import datetime

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from lundsite.outbox import OUTBOX_BACKEND, OutgoingEmail, deliver_due
from lundsite.settings import base as base_settings
from tests.factories.people import member_of
from tests.integration.test_iop_workflow import add_agreement
from tests.integration.test_outbox import Sink, free_port

pytestmark = pytest.mark.django_db
BASE_URL = "https://samverkan.example"


def test_the_site_sends_every_mail_through_the_outbox():
    # pytest-django swaps EMAIL_BACKEND for memory in tests; the site's own setting is this.
    assert base_settings.EMAIL_BACKEND == OUTBOX_BACKEND
    assert base_settings.OUTBOX_DELIVERY_BACKEND != OUTBOX_BACKEND


@override_settings(
    EMAIL_BACKEND=OUTBOX_BACKEND,
    OUTBOX_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
def test_a_stored_message_is_delivered_by_the_real_transport_and_never_stored_twice(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        mail.send_mail("Prov", "Hej.", None, ["eva@example.org"])
    assert mail.outbox == []
    stored = OutgoingEmail.objects.get(to=["eva@example.org"])

    assert deliver_due() == 1

    assert [message.to for message in mail.outbox] == [["eva@example.org"]]
    assert OutgoingEmail.objects.filter(to=["eva@example.org"]).count() == 1
    stored.refresh_from_db()
    assert stored.sent_at is not None


def test_a_submitted_notice_waits_for_the_mail_server_and_links_to_the_site(
    client, django_user_model, home, django_capture_on_commit_callbacks
):
    port = free_port()  # nothing listens here yet: the mail server is down
    publisher = member_of(django_user_model, "Publicerare", "publicerare")
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    register = home.get_children().get(slug="iop")

    with override_settings(
        EMAIL_BACKEND=OUTBOX_BACKEND,
        OUTBOX_DELIVERY_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=5,
        WAGTAILADMIN_BASE_URL=BASE_URL,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = add_agreement(client, register, "action-submit")
        assert response.status_code == 302

        notice = OutgoingEmail.objects.get(to=[publisher.email])
        assert "Nytt avtal" in notice.subject
        links = [word for word in notice.body_text.split() if "://" in word]
        assert links and all(link.startswith(f"{BASE_URL}/admin/") for link in links)

        assert deliver_due() == 0
        notice.refresh_from_db()
        assert notice.sent_at is None and "ConnectionRefusedError" in notice.last_error

        sink = Sink()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            assert deliver_due(now=timezone.now() + datetime.timedelta(minutes=1)) >= 1
        finally:
            controller.stop()

    notice.refresh_from_db()
    assert notice.sent_at is not None
    assert [
        envelope.rcpt_tos for envelope in sink.messages if "Nytt avtal" in str(envelope.content)
    ] == [[publisher.email]]
