"""Frivilligkraft's volunteer assignments: the list at /frivilligkraft/ and one page each.

The organiser's contact details are stored on the page for the coordinators but never
rendered publicly; volunteers reach the organiser through the interest form.
"""

import datetime

from django import forms
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from lundsite import cache_tags
from lundsite.outbox import queue_email
from lundsite.pages import BasePage
from lundsite.view_restrictions import CachedRestrictionsQuerySet
from partnerships.frivilligkraft.interest import serve_interest_form


class District(models.TextChoices):
    """Where an assignment happens: a part of Lund, never a street address."""

    CENTRUM = "centrum", _("Centrum")
    NORR = "norr", _("Norr")
    OSTER = "oster", _("Öster")
    SODER = "soder", _("Söder")
    VASTER = "vaster", _("Väster")
    DALBY = "dalby", _("Dalby")
    GENARP = "genarp", _("Genarp")
    SODRA_SANDBY = "sodra-sandby", _("Södra Sandby")
    STANGBY = "stangby", _("Stångby")
    VEBEROD = "veberod", _("Veberöd")
    DIGITAL = "digitalt", _("Digitalt")


class AssignmentStatus(models.TextChoices):
    OPEN = "open", _("Öppet")
    FILLED = "filled", _("Tillsatt")
    CLOSED = "closed", _("Stängt")


class Schedule(models.TextChoices):
    ONE_OFF = "one-off", _("Vid ett eller flera tillfällen")
    RECURRING = "recurring", _("Återkommande")


class OccasionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Datum"))
    starts = blocks.TimeBlock(label=_("Börjar"), required=False)
    ends = blocks.TimeBlock(label=_("Slutar"), required=False)

    class Meta:
        label = _("Tillfälle")
        icon = "date"


class AssignmentQuerySet(CachedRestrictionsQuerySet):
    def open(self, today: datetime.date | None = None):
        """Assignments a volunteer can still take up: open, and their last day not passed."""
        today = today or timezone.localdate()
        return self.live().filter(status=AssignmentStatus.OPEN, last_day__gte=today)

    def expired(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(status=AssignmentStatus.OPEN, last_day__lt=today)

    def soonest_first(self):
        return self.order_by(models.functions.Coalesce("first_day", "last_day"), "last_day", "pk")


AssignmentManager = PageManager.from_queryset(AssignmentQuerySet)


class AssignmentPage(BasePage):
    tasks = models.TextField(
        _("vad du gör som volontär"),
        max_length=2000,
        help_text=_("Beskriv uppgiften enkelt, som till volontären: ”Du handlar åt …”."),
    )
    helps = models.TextField(_("vem du hjälper"), max_length=1000, blank=True)
    organisation = models.ForeignKey(
        "partnerships.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
    )
    organiser_name = models.CharField(
        _("arrangör som visas"),
        max_length=120,
        help_text=_(
            "Organisationens namn, eller bara förnamnet om en privatperson har lagt upp uppdraget."
        ),
    )
    category = models.ForeignKey(
        "partnerships.AssignmentCategory",
        verbose_name=_("kategori"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    district = models.CharField(
        _("var"),
        max_length=20,
        choices=District.choices,
        help_text=_("Bara stadsdel eller ort. Skriv aldrig en gatuadress här."),
    )
    schedule = models.CharField(
        _("när"), max_length=10, choices=Schedule.choices, default=Schedule.ONE_OFF
    )
    occasions = StreamField(
        [("occasion", OccasionBlock())],
        verbose_name=_("tillfällen"),
        blank=True,
        help_text=_("Datum och tider för uppdrag vid ett eller flera tillfällen."),
    )
    recurring_description = models.CharField(
        _("hur ofta"),
        max_length=200,
        blank=True,
        help_text=_("För återkommande uppdrag, till exempel ”varannan tisdag kl. 14–16”."),
    )
    first_day = models.DateField(_("första dagen"), null=True, blank=True)
    last_day = models.DateField(
        _("sista dagen att anmäla intresse"),
        help_text=_("Efter den dagen visas uppdraget inte längre i listan."),
    )
    volunteers_wanted = models.PositiveSmallIntegerField(_("antal volontärer"), default=1)
    minimum_age = models.PositiveSmallIntegerField(_("lägsta ålder"), null=True, blank=True)
    needs_record_extract = models.BooleanField(
        _("kräver utdrag ur belastningsregistret"), default=False
    )
    languages = models.CharField(_("språk"), max_length=200, blank=True)
    accessibility = models.TextField(
        _("tillgänglighet"),
        max_length=1000,
        blank=True,
        help_text=_("Till exempel trappor, hiss, hörslinga eller om uppdraget passar rullstol."),
    )
    priority_areas = ParentalManyToManyField(
        "principles.PriorityAreaPage",
        verbose_name=_("prioriterade områden"),
        related_name="assignments",
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AssignmentStatus.choices, default=AssignmentStatus.OPEN
    )
    # Named by label only: the wings never import each other.
    iop_agreement = models.ForeignKey(
        "partnerships.IOPAgreementPage",
        verbose_name=_("IOP-avtal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
        help_text=_(
            "Välj avtalet om uppdraget hör till ett IOP-avtal. Då visas det på avtalets sida."
        ),
    )
    is_example = models.BooleanField(
        _("exempel"),
        default=False,
        help_text=_("Påhittat uppdrag som visar hur sidan ser ut. Används bara i utveckling."),
    )
    # Never rendered on a public page: only coordinators and the site's mail use them.
    contact_name = models.CharField(_("kontaktperson"), max_length=120)
    contact_email = models.EmailField(_("e-post"))
    contact_phone = models.CharField(_("telefon"), max_length=40, blank=True)

    # A translation keeps the organiser's facts; only the texts are translated.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "organiser_name",
            "district",
            "schedule",
            "first_day",
            "last_day",
            "volunteers_wanted",
            "minimum_age",
            "needs_record_extract",
            "status",
            "is_example",
            "contact_name",
            "contact_email",
            "contact_phone",
        )
    ]

    template = "partnerships/frivilligkraft/assignment_page.html"
    objects = AssignmentManager()
    parent_page_types = ["partnerships.AssignmentIndexPage"]
    subpage_types: list[str] = []
    search_result_label = _("Uppdrag")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("tasks"),
        index.SearchField("helps"),
        index.SearchField("organiser_name"),
        index.FilterField("status"),
        index.FilterField("last_day"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("tasks"),
        FieldPanel("helps"),
        MultiFieldPanel(
            [FieldPanel("organiser_name"), FieldPanel("organisation")], heading=_("Arrangör")
        ),
        FieldRowPanel([FieldPanel("category"), FieldPanel("district")]),
        MultiFieldPanel(
            [
                FieldPanel("schedule"),
                FieldPanel("occasions"),
                FieldPanel("recurring_description"),
                FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
            ],
            heading=_("När"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("volunteers_wanted"),
                FieldPanel("minimum_age"),
                FieldPanel("needs_record_extract"),
                FieldPanel("languages"),
                FieldPanel("accessibility"),
            ],
            heading=_("Krav och tillgänglighet"),
        ),
        FieldPanel("priority_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("iop_agreement"),
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Arrangörens kontaktuppgifter (visas aldrig på webbplatsen)"),
        ),
        FieldPanel("is_example"),
    ]

    class Meta:
        verbose_name = _("uppdrag")
        verbose_name_plural = _("uppdrag")

    def get_lead(self) -> str:
        return self.intro or self.tasks[:200]

    def cache_tags_of_change(self) -> list[str]:
        """The lists beyond its type's that show the assignment (lundsite.cache_tags): its
        agreement's page and its priority areas' pages."""
        tags = [f"assignments-area:{area.translation_key}" for area in self.priority_areas.all()]
        if self.iop_agreement_id:
            agreement = Page.objects.filter(pk=self.iop_agreement_id)
            keys = agreement.values_list("translation_key", flat=True)
            tags += [f"assignments-agreement:{key}" for key in keys]
        return tags

    @property
    def is_open(self) -> bool:
        return self.status == AssignmentStatus.OPEN and self.last_day >= timezone.localdate()

    def close(self) -> None:
        """Closes the assignment in what readers see and in what editors edit next.

        A pending draft is left alone but closed in the live page only, so that an editor's
        unpublished work is not thrown away."""
        self.status = AssignmentStatus.CLOSED
        if self.has_unpublished_changes:
            AssignmentPage.objects.filter(pk=self.pk).update(status=AssignmentStatus.CLOSED)
            # No save, no signal: what shows the assignment is retired here.
            cache_tags.retire_page(self)
        else:
            # Not validated again: a category deleted since must not keep the assignment open.
            self.save_revision(clean=False, log_action=True).publish(log_action=True)

    def confirm_posting(self, frivilligkraft_email: str, language: str) -> None:
        """The organiser gets a receipt in their language, Frivilligkraft the posting."""
        context = {"assignment": self}
        queue_email(
            "partnerships/frivilligkraft/email/assignment_receipt",
            context,
            to=[self.contact_email],
            language=language,
            reply_to=[frivilligkraft_email],
        )
        queue_email(
            "partnerships/frivilligkraft/email/assignment_to_coordinators",
            context,
            to=[frivilligkraft_email],
            language="sv",
            reply_to=[self.contact_email],
        )

    def similar_open(self, limit: int = 3):
        """Open assignments like this one, for a reader who found it closed."""
        siblings = (
            AssignmentPage.objects.sibling_of(self, inclusive=False).open().public().soonest_first()
        )
        same_kind = siblings.filter(category=self.category_id) if self.category_id else siblings
        return list(same_kind[:limit]) or list(siblings[:limit])

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return serve_interest_form(self, request)
