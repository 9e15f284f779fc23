"""A mail backend that stores every message in the outbox instead of sending it.

Set as EMAIL_BACKEND, it catches what the site does not send through `queue_email` itself:
Wagtail's workflow notices (submitted, approved, rejected), password resets, Django's
own mails. Without it those go straight to SMTP, and Wagtail drops them when the mail
server is down ("Mail connection error, notification sending skipped"). Stored here, they
are delivered by the outbox's worker through OUTBOX_DELIVERY_BACKEND, with its retries.
"""

from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import translation

from lundsite.outbox import store_email

# What the admin's list of outgoing mail shows as the template of a message made elsewhere.
TEMPLATE = "django.core.mail"


def _html_alternative(message: EmailMessage) -> str:
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            return str(content)
    return ""


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        """Stores each message; returns how many were stored, as a backend returns the sent."""
        stored = 0
        with transaction.atomic():
            for message in email_messages:
                recipients = list(message.to)
                if message.cc or message.bcc or message.attachments:
                    # The outbox keeps one list of recipients and no files: refusing here is
                    # better than sending a blind copy openly or dropping an attachment.
                    raise ValueError(
                        "The outbox stores neither copies (cc, bcc) nor attachments: "
                        f"{message.subject!r}"
                    )
                if not recipients:
                    continue
                html = _html_alternative(message)
                if message.content_subtype == "html":
                    html = html or str(message.body)
                store_email(
                    template=TEMPLATE,
                    language=translation.get_language() or "sv",
                    to=recipients,
                    reply_to=list(message.reply_to),
                    subject=str(message.subject),
                    body_text=str(message.body),
                    body_html=html,
                )
                stored += 1
        return stored
