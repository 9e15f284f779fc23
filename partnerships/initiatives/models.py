"""Collaboration ideas (samverkansinitiativ) sent to the föreningslots, and their follow-up.

An idea is stored before any mail is sent, gets a reference such as SI-2026-0007, and moves
through the steps of the process. The sender is told when its status changes, if they asked.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from lundsite.admin_panels import ReadOnlyChoicesPanel
from lundsite.fragment_cache import bump_site_version
from lundsite.outbox import queue_email
from partnerships.validators import normalise_organisation_number, validate_organisation_number


class InitiativeStatus(models.TextChoices):
    RECEIVED = "received", _("Mottagen")
    IN_DIALOGUE = "dialogue", _("I dialog")
    MATCHED = "matched", _("Matchad med förvaltning")
    IN_PROGRESS = "in_progress", _("Genomförs")
    CLOSED = "closed", _("Avslutad")
    EVALUATED = "evaluated", _("Utvärderad")
    NOT_RELEVANT = "not_relevant", _("Ej aktuell")


CLOSED_STATUSES = {
    InitiativeStatus.CLOSED,
    InitiativeStatus.EVALUATED,
    InitiativeStatus.NOT_RELEVANT,
}

# Where an idea stands in the process's five steps (1 = Samverkansinitiativ … 5 = Uppföljning).
# An idea judged not relevant never entered the process.
PROCESS_STEP_BY_STATUS = {
    InitiativeStatus.RECEIVED: 1,
    InitiativeStatus.IN_DIALOGUE: 1,
    InitiativeStatus.MATCHED: 1,
    InitiativeStatus.IN_PROGRESS: 2,
    InitiativeStatus.CLOSED: 3,
    InitiativeStatus.EVALUATED: 4,
}


SENDER_FIELDS = [
    "organisation_name",
    "organisation_number",
    "contact_name",
    "email",
    "phone",
    "has_joined",
]
IDEA_FIELDS = [
    "priority_areas",
    "idea",
    "target_group",
    "organisation_brings",
    "municipality_brings",
    "preferred_administration",
]


NO_AREAS = _("Inget område valt")
PUBLIC_DESCRIPTION_LENGTH = 600
# The start of the idea that the föreningslots gets to shorten before it is shown.
PUBLIC_DESCRIPTION_WORDS = 40


def short_version(text: str) -> str:
    return Truncator(text).words(PUBLIC_DESCRIPTION_WORDS)[:PUBLIC_DESCRIPTION_LENGTH]


class MembershipAnswer(models.TextChoices):
    YES = "yes", _("Ja")
    NO = "no", _("Nej")
    UNKNOWN = "unknown", _("Vet inte")


class ReferenceCounter(models.Model):
    """The last reference number given out each year; one row per year."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"

    @classmethod
    def next_reference(cls, year: int) -> str:
        with transaction.atomic():
            counter, _created = cls.objects.select_for_update().get_or_create(year=year)
            counter.last += 1
            counter.save(update_fields=["last"])
        return f"SI-{year}-{counter.last:04d}"


class InitiativeQuerySet(models.QuerySet):
    def public(self):
        """Ideas the sender let be shown and the föreningslots approved, as long as the
        personal data is kept (removing it also takes the idea off the site)."""
        return self.filter(
            wants_public=True, public_approved=True, personal_data_removed_at__isnull=True
        ).exclude(status=InitiativeStatus.NOT_RELEVANT)

    def of_organisation_number(self, number: str):
        """Ideas sent under an organisation number, however either side wrote it (with or
        without the dash); a number that is not one matches nothing."""
        try:
            normalised = normalise_organisation_number(number)
        except ValidationError:
            return self.none()
        return self.filter(organisation_number__in=[normalised, normalised.replace("-", "")])

    def in_step(self, step: int):
        statuses = [status for status, number in PROCESS_STEP_BY_STATUS.items() if number == step]
        return self.filter(status__in=statuses)

    def due_for_removal(self, months: int, now: datetime.datetime | None = None):
        """Closed ideas whose personal data has been kept for the retention period."""
        limit = (now or timezone.now()) - datetime.timedelta(days=round(months * 30.44))
        return self.filter(
            status__in=CLOSED_STATUSES, closed_at__lte=limit, personal_data_removed_at__isnull=True
        )


class Initiative(ClusterableModel):
    reference = models.CharField(_("referens"), max_length=20, unique=True, editable=False)
    created_at = models.DateTimeField(_("inkommen"), auto_now_add=True)
    language = models.CharField(_("språk"), max_length=8, default="sv", editable=False)

    organisation_name = models.CharField(_("organisationens namn"), max_length=200)
    organisation_number = models.CharField(
        _("organisationsnummer"),
        max_length=11,
        blank=True,
        validators=[validate_organisation_number],
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=120)
    email = models.EmailField(_("e-post"), max_length=254)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    priority_areas = ParentalManyToManyField(
        "principles.PriorityAreaPage",
        verbose_name=_("prioriterade områden"),
        related_name="+",
        blank=True,
    )
    idea = models.TextField(_("behovet eller idén"), max_length=3000)
    target_group = models.TextField(_("vem idén är till för"), max_length=1000)
    organisation_brings = models.TextField(_("vad organisationen kan bidra med"), max_length=1500)
    municipality_brings = models.TextField(
        _("vad organisationen hoppas att kommunen bidrar med"), max_length=1500
    )
    preferred_administration = models.CharField(_("önskad förvaltning"), max_length=200, blank=True)
    has_joined = models.CharField(
        _("ansluten till överenskommelsen"),
        max_length=10,
        choices=MembershipAnswer.choices,
        default=MembershipAnswer.UNKNOWN,
    )
    wants_status_updates = models.BooleanField(
        _("vill ha e-post när statusen ändras"), default=True
    )

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.RECEIVED,
        help_text=_("Avsändaren får e-post om ändringen, om hen har bett om det."),
    )
    status_reason = models.TextField(
        _("skäl"),
        blank=True,
        help_text=_("Skriv varför idén inte är aktuell. Texten skickas till avsändaren."),
    )
    iop_agreement = models.ForeignKey(
        "partnerships.IOPAgreementPage",
        verbose_name=_("IOP-avtal som idén ledde till"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
    )
    wants_public = models.BooleanField(
        _("avsändaren tillåter att idén visas öppet"),
        default=False,
        help_text=_("Avsändaren har kryssat i att idén får visas på webbplatsen."),
    )
    public_approved = models.BooleanField(
        _("visa idén på webbplatsen"),
        default=False,
        help_text=_(
            "Idén visas i listan över idéer med organisation, områden, kort beskrivning, steg "
            "och datum. Aldrig namn, e-post eller telefon."
        ),
    )
    public_description = models.TextField(
        _("kort beskrivning som visas öppet"),
        max_length=PUBLIC_DESCRIPTION_LENGTH,
        blank=True,
        help_text=_(
            "Börjar som början av idén. Korta den och ta bort namn och annat som pekar ut en "
            "person."
        ),
    )
    closed_at = models.DateTimeField(_("avslutad"), null=True, blank=True, editable=False)
    personal_data_removed_at = models.DateTimeField(
        _("personuppgifter borttagna"), null=True, blank=True, editable=False
    )

    objects = InitiativeQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_reason"), FieldPanel("iop_agreement")],
            heading=_("Handläggning"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wants_public", read_only=True),
                FieldPanel("public_approved"),
                FieldPanel("public_description"),
            ],
            heading=_("Visa idén öppet"),
        ),
        InlinePanel("notes", heading=_("Interna anteckningar"), label=_("Anteckning")),
        # What the sender wrote is their own: the föreningslots reads it but never edits it.
        MultiFieldPanel(
            [FieldPanel(name, read_only=True) for name in SENDER_FIELDS], heading=_("Avsändare")
        ),
        MultiFieldPanel(
            [
                ReadOnlyChoicesPanel("priority_areas", empty_text=NO_AREAS),
                *[FieldPanel(name, read_only=True) for name in IDEA_FIELDS[1:]],
            ],
            heading=_("Idén"),
        ),
    ]

    class Meta:
        verbose_name = _("samverkansidé")
        verbose_name_plural = _("samverkansidéer")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reference} {self.organisation_name}"

    @property
    def process_step(self) -> int | None:
        """The step of the five (1–5) the idea has reached; None when it was not taken up."""
        return PROCESS_STEP_BY_STATUS.get(self.status)

    def clean(self) -> None:
        super().clean()
        if self.public_approved and not self.wants_public:
            raise ValidationError(
                {"public_approved": _("Avsändaren har inte gett lov att visa idén öppet.")}
            )
        if self.public_approved and not self.public_description.strip():
            self.public_description = short_version(self.idea)

    def get_priority_areas_display(self) -> str:
        """The areas by title, as the inbox's detail view shows them."""
        return ", ".join(area.title for area in self.priority_areas.all()) or str(NO_AREAS)

    def save(self, *args, **kwargs) -> None:
        if not self.reference:
            self.reference = ReferenceCounter.next_reference(timezone.localdate().year)
        is_closed = self.status in CLOSED_STATUSES
        if is_closed and not self.closed_at:
            self.closed_at = timezone.now()
        elif not is_closed:
            self.closed_at = None
        super().save(*args, **kwargs)
        if self.wants_public:
            # Pages that show public ideas (the list, an agreement's) are cached by site
            # version: a change of step, text or approval must reach them at once.
            bump_site_version()

    def send_confirmations(self, foreningslots_email: str) -> None:
        """The föreningslots gets the idea (in Swedish), the sender a receipt in their language."""
        context = {"initiative": self}
        queue_email(
            "partnerships/initiatives/email/initiative_to_foreningslots",
            context,
            to=[foreningslots_email],
            language=settings.LANGUAGE_CODE,
            reply_to=[self.email],
        )
        queue_email(
            "partnerships/initiatives/email/initiative_receipt",
            context,
            to=[self.email],
            language=self.language,
            reply_to=[foreningslots_email],
        )

    def notify_status_change(self, foreningslots_email: str) -> bool:
        if not self.wants_status_updates or not self.email:
            return False
        queue_email(
            "partnerships/initiatives/email/initiative_status",
            {"initiative": self},
            to=[self.email],
            language=self.language,
            reply_to=[foreningslots_email],
        )
        return True

    def remove_personal_data(self) -> None:
        """Keeps what statistics need (date, areas, status); removes who sent it and why."""
        removed = _("borttaget")
        self.organisation_name = removed
        self.organisation_number = ""
        self.contact_name = removed
        self.email = ""
        self.phone = ""
        self.idea = self.target_group = removed
        self.organisation_brings = self.municipality_brings = removed
        self.preferred_administration = ""
        self.status_reason = ""
        # The public text was made from the sender's own words and names their
        # organisation: it goes too, and the idea leaves the public list.
        self.public_approved = False
        self.public_description = ""
        self.personal_data_removed_at = timezone.now()
        self.save()
        self.notes.all().delete()


class InitiativeNote(models.Model):
    initiative = ParentalKey(Initiative, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("anteckning"), max_length=3000)
    created_at = models.DateTimeField(_("skriven"), auto_now_add=True)

    panels = [FieldPanel("text")]

    class Meta:
        verbose_name = _("anteckning")
        verbose_name_plural = _("anteckningar")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]
