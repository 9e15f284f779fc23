"""A place at an event: taken, waited for, given up.

Seats are counted under a lock on the event's row (on SQLite every writing transaction is
already serialised, see settings), so two people sending the form for the last seat at the
same moment cannot both get it. A seat given up goes to the first on the waiting list.
"""

import datetime
import secrets
from urllib.parse import urljoin

from django.db import models, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Locale, Page

from lundsite import cache_tags
from lundsite.models import ContactSettings
from lundsite.outbox import queue_email
from lundsite.retention import cutoff

CANCEL_SALT = "event-registration-cancel"
REMIND_BEFORE = datetime.timedelta(days=2)
EMAILS = "partnerships/events/email"


def new_cancel_key() -> str:
    return secrets.token_hex(16)


def _signature(key: str) -> str:
    return salted_hmac(CANCEL_SALT, key, algorithm="sha256").hexdigest()


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Har plats")
    WAITING = "waiting", _("På väntelistan")
    CANCELLED = "cancelled", _("Avbokad")


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        # First come, first served: the id breaks a tie within the same instant.
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")

    def due_for_reminder(self, now: datetime.datetime | None = None):
        """Confirmed, not yet reminded, for an event that starts within two days."""
        now = now or timezone.now()
        return self.confirmed().filter(
            reminded_at__isnull=True,
            event__starts_at__gt=now,
            event__starts_at__lte=now + REMIND_BEFORE,
        )

    def due_for_removal(self, months: int, now: datetime.datetime | None = None):
        """Registrations for events that ended longer ago than the retention period."""
        return self.filter(event__ends_at__lt=cutoff(months, now))


class Registration(models.Model):
    event = models.ForeignKey(
        "partnerships.EventPage",
        verbose_name=_("evenemang"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("namn"), max_length=120)
    email = models.EmailField(_("e-post"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    dietary_needs = models.TextField(_("specialkost"), max_length=500, blank=True)
    accessibility_needs = models.TextField(_("behov av tillgänglighet"), max_length=500, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    language = models.CharField(_("språk"), max_length=8, default="sv", editable=False)
    cancel_key = models.CharField(
        max_length=64, unique=True, default=new_cancel_key, editable=False
    )
    created_at = models.DateTimeField(_("anmäld"), auto_now_add=True)
    moved_up_at = models.DateTimeField(_("fick plats från väntelistan"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("avbokad"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("påminnelse skickad"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("anmälan till evenemang")
        verbose_name_plural = _("anmälningar till evenemang")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name}: {self.event.title}"

    @property
    def is_waiting(self) -> bool:
        return self.status == RegistrationStatus.WAITING

    def cancel_token(self) -> str:
        """The random key and its signature, in letters Wagtail's addresses allow."""
        return f"{self.cancel_key}-{_signature(self.cancel_key)}"

    @classmethod
    def from_cancel_token(cls, token: str) -> "Registration | None":
        key, _dash, signature = token.partition("-")
        if not key or not constant_time_compare(signature, _signature(key)):
            return None
        return cls.objects.select_related("event").filter(cancel_key=key).first()

    # Mails, in the language the person registered in.

    def event_in_language(self):
        locale = Locale.objects.filter(language_code=self.language).first()
        translated = locale and self.event.get_translation_or_none(locale)
        return (translated or self.event).specific

    def _send(self, template: str) -> None:
        event = self.event_in_language()
        site = event.get_site()
        reply_to = ContactSettings.for_site(site).foreningslots_email if site else None
        event_url = _absolute(event)
        queue_email(
            f"{EMAILS}/{template}",
            {
                "registration": self,
                "event": event,
                "event_url": event_url,
                "ics_url": event_url + "kalender.ics",
                "cancel_url": event_url
                + event.reverse_subpage("cancel", kwargs={"token": self.cancel_token()}),
            },
            to=[self.email],
            language=self.language,
            reply_to=[reply_to] if reply_to else None,
        )

    def send_receipt(self) -> None:
        self._send("receipt")

    def send_reminder(self) -> bool:
        """Sends the reminder unless one went already (also from another process)."""
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=self.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            )
            if claimed:
                self._send("reminder")
        return bool(claimed)


def _absolute(page: Page) -> str:
    """On the site's configured host: the mail is read far from the request that sent it."""
    return urljoin(get_admin_base_url() + "/", page.get_url() or page.url_path)


def _locked_event(event_id: int):
    from partnerships.events.event import EventPage

    # of=("self",) locks the event's own row only, not Wagtail's page row editors save.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _fill_free_seats(event) -> list[Registration]:
    """Moves people up from the waiting list while there are seats (after a cancellation,
    or when an editor adds seats). Called with the event locked."""
    if event.capacity is None:
        waiting = list(Registration.objects.filter(event=event).waiting())
    else:
        free = event.capacity - Registration.objects.filter(event=event).confirmed().count()
        waiting = list(Registration.objects.filter(event=event).waiting()[: max(free, 0)])
    for registration in waiting:
        registration.status = RegistrationStatus.CONFIRMED
        registration.moved_up_at = timezone.now()
        registration.save(update_fields=["status", "moved_up_at"])
        registration._send("moved_up")
    return waiting


def _retire_event_on_commit(event) -> None:
    """The seats left show wherever the event does (its page, the list, the home page):
    each of those noted the event's own tag (lundsite.cache_tags)."""
    transaction.on_commit(lambda: cache_tags.retire({f"page:{event.pk}"}))


def place(registration: Registration) -> Registration:
    """Stores a new registration with a seat, or on the waiting list when the event is full.
    Must run inside a transaction (take_submission's)."""
    event = _locked_event(registration.event_id)
    _fill_free_seats(event)
    taken = Registration.objects.filter(event=event).confirmed().count()
    full = event.capacity is not None and taken >= event.capacity
    registration.status = RegistrationStatus.WAITING if full else RegistrationStatus.CONFIRMED
    registration.save()
    registration.send_receipt()
    _retire_event_on_commit(event)  # the page shows the seats left
    return registration


def cancel(registration: Registration) -> list[Registration]:
    """Gives up the place; returns those moved up from the waiting list (they are told)."""
    with transaction.atomic():
        event = _locked_event(registration.event_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            return []
        current.status = RegistrationStatus.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at"])
        current._send("cancelled")
        moved_up = _fill_free_seats(event)
        _retire_event_on_commit(event)
    registration.status = current.status
    return moved_up
