"""An association's application to join the agreement, sent online with its board's minutes.

Kommunkontoret approves or declines it in the admin. On approval the organisation is marked
as joined from the date of the board's decision, and so appears in the list of joined
associations. The minutes are kept in private storage and deleted after the retention period.
"""

import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale

from lundsite.outbox import queue_email
from lundsite.private_files import PrivateFileStorage
from lundsite.slugs import ascii_slug
from partnerships.parties import Organisation
from partnerships.validators import validate_organisation_number

MINUTES_DOWNLOAD = "joining_minutes"
APPLICANT_FIELDS = [
    "organisation_name",
    "organisation_number",
    "contact_name",
    "email",
    "phone",
    "decision_date",
]


def minutes_storage() -> PrivateFileStorage:
    return PrivateFileStorage(MINUTES_DOWNLOAD)


def minutes_path(application: "JoiningApplication", filename: str) -> str:
    """A random name: the sender's own file name may say things, and must not be guessable."""
    return f"anslutningar/{uuid.uuid4().hex}.pdf"


class JoiningStatus(models.TextChoices):
    RECEIVED = "received", _("Mottagen")
    APPROVED = "approved", _("Godkänd")
    DECLINED = "declined", _("Inte godkänd")


class JoiningApplicationQuerySet(models.QuerySet):
    def minutes_due_for_removal(self, limit: datetime.datetime):
        """Decided applications whose minutes were kept until `limit`."""
        return (
            self.exclude(status=JoiningStatus.RECEIVED)
            .exclude(minutes="")
            .filter(decided_at__lte=limit)
        )


class JoiningApplication(models.Model):
    created_at = models.DateTimeField(_("inkommen"), auto_now_add=True)
    language = models.CharField(_("språk"), max_length=8, default="sv", editable=False)

    organisation_name = models.CharField(_("organisationens namn"), max_length=200)
    organisation_number = models.CharField(
        _("organisationsnummer"), max_length=11, validators=[validate_organisation_number]
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=120)
    email = models.EmailField(_("e-post"), max_length=254)
    phone = models.CharField(_("telefon"), max_length=40)
    decision_date = models.DateField(_("datum för styrelsens beslut"))
    minutes = models.FileField(
        _("protokoll"),
        upload_to=minutes_path,
        storage=minutes_storage,
        blank=True,
        help_text=_("Styrelsens protokoll som PDF. Tas bort efter gallringstiden."),
    )
    minutes_removed_at = models.DateTimeField(
        _("protokollet borttaget"), null=True, blank=True, editable=False
    )

    status = models.CharField(
        _("beslut"),
        max_length=20,
        choices=JoiningStatus.choices,
        default=JoiningStatus.RECEIVED,
        help_text=_(
            "Föreningen får e-post om beslutet. Godkänd: föreningen visas som ansluten från "
            "datumet för styrelsens beslut."
        ),
    )
    decision_reason = models.TextField(
        _("skäl"),
        blank=True,
        max_length=2000,
        help_text=_("Skriv varför anslutningen inte godkänns. Texten skickas till föreningen."),
    )
    decided_at = models.DateTimeField(_("beslutad"), null=True, blank=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = JoiningApplicationQuerySet.as_manager()

    panels = [
        MultiFieldPanel([FieldPanel("status"), FieldPanel("decision_reason")], heading=_("Beslut")),
        # What the association sent is its own: kommunkontoret reads it but never edits it.
        MultiFieldPanel(
            [FieldPanel(name, read_only=True) for name in APPLICANT_FIELDS],
            heading=_("Föreningen"),
        ),
    ]

    class Meta:
        verbose_name = _("anslutning till överenskommelsen")
        verbose_name_plural = _("anslutningar till överenskommelsen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.organisation_name

    def clean(self) -> None:
        if self.status == JoiningStatus.DECLINED and not self.decision_reason.strip():
            raise ValidationError(
                {"decision_reason": _("Skriv varför anslutningen inte godkänns.")}
            )

    @property
    def is_decided(self) -> bool:
        return self.status != JoiningStatus.RECEIVED

    def send_confirmations(self, kommunkontoret_email: str) -> None:
        """Kommunkontoret is told (in Swedish), the sender gets a receipt in their language."""
        context = {"application": self}
        queue_email(
            "partnerships/joining/email/joining_to_kommunkontoret",
            context,
            to=[kommunkontoret_email],
            language=settings.LANGUAGE_CODE,
            reply_to=[self.email],
        )
        queue_email(
            "partnerships/joining/email/joining_receipt",
            context,
            to=[self.email],
            language=self.language,
            reply_to=[kommunkontoret_email],
        )

    def decide(self, kommunkontoret_email: str) -> None:
        """Called when kommunkontoret has set the status: records when, marks the
        organisation as joined on approval, and mails the decision."""
        with transaction.atomic():
            self.decided_at = timezone.now()
            if self.status == JoiningStatus.APPROVED:
                self.organisation = self.mark_organisation_joined()
            self.save(update_fields=["decided_at", "organisation"])
            queue_email(
                "partnerships/joining/email/joining_decision",
                {"application": self},
                to=[self.email],
                language=self.language,
                reply_to=[kommunkontoret_email],
            )

    def mark_organisation_joined(self) -> Organisation:
        """The organisation, found by its number or name or else created, in every language,
        marked as joined from the date of the board's decision."""
        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        ours = Organisation.objects.filter(locale=source)
        organisation = (
            ours.filter(organisation_number=self.organisation_number).first()
            or ours.filter(name__iexact=self.organisation_name).first()
        )
        if organisation is None:
            organisation = Organisation.objects.create(
                locale=source,
                name=self.organisation_name,
                slug=self._free_slug(ours),
                organisation_number=self.organisation_number,
            )
        for locale in Locale.objects.exclude(pk=source.pk):
            if organisation.get_translation_or_none(locale) is None:
                organisation.copy_for_translation(locale).save()
        # The fields kept the same in every language (SynchronizedField) are set in each.
        for translation in Organisation.objects.filter(
            translation_key=organisation.translation_key
        ):
            translation.has_joined = True
            translation.joined_on = self.decision_date
            translation.organisation_number = self.organisation_number
            translation.save()
        organisation.refresh_from_db()
        return organisation

    def _free_slug(self, organisations: models.QuerySet) -> str:
        base = (ascii_slug(self.organisation_name) or "organisation")[:90]
        slug, number = base, 1
        while organisations.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def remove_minutes(self) -> None:
        """Deletes the file and keeps that it was there; the decision itself stays."""
        self.minutes.delete(save=False)
        self.minutes_removed_at = timezone.now()
        self.save(update_fields=["minutes", "minutes_removed_at"])
