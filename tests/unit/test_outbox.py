import pytest

from lundsite.outbox import OutgoingEmail, queue_email

pytestmark = pytest.mark.django_db


def test_subject_never_spans_lines_and_the_message_is_stored():
    class Initiative:
        reference = "SI-2026-0001\r\nBcc: evil@example.org"
        contact_name = "Eva"
        status_reason = ""

        def get_status_display(self):
            return "Mottagen"

    email = queue_email(
        "partnerships/initiatives/email/initiative_status",
        {"initiative": Initiative()},
        to=["eva@example.org"],
        language="sv",
    )
    stored = OutgoingEmail.objects.get(pk=email.pk)
    assert "\n" not in stored.subject and "\r" not in stored.subject
    assert stored.sent_at is None and stored.attempts == 0
    message = stored.as_message()
    assert message.to == ["eva@example.org"]
    assert message.alternatives[0][1] == "text/html"
