"""IOP agreements (idéburet offentligt partnerskap), one page each, under the register."""

import datetime
from enum import StrEnum

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.search import index

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.pages import BasePage
from lundsite.view_restrictions import CachedRestrictionsQuerySet
from partnerships.iop.card_parties import CardParties
from partnerships.iop.card_parties import attach as attach_card_parties
from partnerships.iop.principle_statements import AgreementPrinciple
from principles.models import PriorityAreaPage


class Status(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self])


STATUS_LABELS = {
    Status.PLANNED: _("Planerat"),
    Status.ACTIVE: _("Pågår"),
    Status.ENDED: _("Avslutat"),
}


def status_for(start: datetime.date | None, end: datetime.date | None, today: datetime.date):
    """Derived from the dates, never typed in: no start, or a start in the past, and no end
    means the agreement is going on."""
    if start and start > today:
        return Status.PLANNED
    if end and end < today:
        return Status.ENDED
    return Status.ACTIVE


class IOPAgreementQuerySet(CachedRestrictionsQuerySet):
    def with_status(self, status: Status, today: datetime.date | None = None):
        today = today or timezone.localdate()
        started = Q(start_date__isnull=True) | Q(start_date__lte=today)
        if status == Status.PLANNED:
            return self.filter(start_date__gt=today)
        if status == Status.ENDED:
            return self.filter(end_date__lt=today)
        return self.filter(started, Q(end_date__isnull=True) | Q(end_date__gte=today))

    def active(self, today: datetime.date | None = None):
        return self.with_status(Status.ACTIVE, today)

    def during_year(self, year: int):
        """Agreements in force at some time during the year."""
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=datetime.date(year, 12, 31)),
            Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1)),
        )

    def _parties(self, *organisation_fields: str) -> list[models.Prefetch]:
        """The parties with only the fields named: whole rows cost a third more CPU to read
        for the twenty cards of a list, which show only the names."""
        return [
            models.Prefetch(
                name,
                queryset=self.model._meta.get_field(name).related_model.objects.only(*fields),
            )
            for name, fields in (
                ("municipal_bodies", ("name",)),
                ("organisations", ("name", *organisation_fields)),
            )
        ]

    def for_cards(self):
        """What an agreement's card in a list shows besides its own fields: the parties'
        names, read for the whole list when it is read (`card_parties`)."""
        clone = self._chain()
        clone._reads_card_parties = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._reads_card_parties = getattr(self, "_reads_card_parties", False)
        return clone

    def _fetch_all(self) -> None:
        fetched = self._result_cache is None
        super()._fetch_all()
        if fetched and getattr(self, "_reads_card_parties", False):
            attach_card_parties(
                agreement for agreement in self._result_cache if isinstance(agreement, Page)
            )

    def with_parties(self):
        """Everything an export tells of an agreement."""
        return self.for_feed().prefetch_related(*self._parties("organisation_number"))

    def for_feed(self):
        """What the feed tells of an agreement beyond its own fields: its areas and how it
        follows the principles (not its parties)."""
        statements = models.Prefetch(
            "principle_statements",
            queryset=AgreementPrinciple.objects.with_principle_in_language().order_by(
                "principle__path"
            ),
        )
        # Only the areas' titles: a whole area page reads and decodes its StreamFields, for
        # each of the fifty agreements of the feed.
        areas = models.Prefetch("priority_areas", queryset=PriorityAreaPage.objects.only("title"))
        return self.prefetch_related(areas, statements)

    def newest_first(self):
        return self.order_by(
            models.F("start_date").desc(nulls_last=True), "-first_published_at", "title"
        )

    def ongoing_first(self, today: datetime.date | None = None):
        """Ongoing agreements, then planned, then ended; newest first within each. The rank
        is worked out by the database from the dates, with the same rules as `status_for`, so
        the order holds across pages of the list and costs no extra query."""
        today = today or timezone.localdate()
        rank = models.Case(
            models.When(start_date__gt=today, then=models.Value(1)),
            models.When(end_date__lt=today, then=models.Value(2)),
            default=models.Value(0),
            output_field=models.IntegerField(),
        )
        return self.alias(status_rank=rank).order_by(
            "status_rank",
            models.F("start_date").desc(nulls_last=True),
            "-first_published_at",
            "title",
        )

    def ending_first(self):
        return self.order_by(models.F("end_date").asc(nulls_last=True), "title")

    def for_area(self, area):
        """Agreements of a priority area, in that page's language; each translation of the
        agreement may point at either language's page of the area."""
        return self.filter(
            priority_areas__translation_key=area.translation_key, locale_id=area.locale_id
        ).distinct()

    def with_party(self, field_name: str, slug: str):
        """Agreements with a party (of `field_name`) of this slug, in any language. As a
        subquery on the link table: a join would repeat an agreement per matching party and
        need a DISTINCT over every column, which the list's count and page both paid for."""
        relation = self.model._meta.get_field(field_name)
        links = relation.remote_field.through.objects.filter(
            **{f"{relation.m2m_reverse_field_name()}__slug": slug}
        )
        return self.filter(pk__in=links.values(relation.m2m_field_name()))

    def for_principle(self, principle):
        """Agreements that say how they follow a principle, in that page's language."""
        return self.filter(
            principle_statements__principle__translation_key=principle.translation_key,
            locale_id=principle.locale_id,
        ).distinct()


IOPAgreementManager = PageManager.from_queryset(IOPAgreementQuerySet)


class IOPAgreementForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Slutdatum kan inte vara före startdatum."))
        return cleaned

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipal_bodies"].error_messages["required"] = _(
            "Välj minst en kommunal part."
        )
        self.fields["organisations"].error_messages["required"] = _("Välj minst en organisation.")
        # Offer only the parties and areas of the page's own language.
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id:
            for name in ("municipal_bodies", "organisations", "priority_areas"):
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id)


class IOPAgreementPage(BasePage):
    summary = models.TextField(
        _("sammanfattning"),
        max_length=400,
        help_text=_(
            "Vad partnerskapet gör, i en eller två meningar, som avtalet själv säger det. "
            "Visas överst på avtalets sida."
        ),
    )
    # The cards in lists are read by people skimming for what an agreement is about; the
    # agreement's own wording is often formal ("rehabiliteringsfrämjande stöd").
    plain_summary = models.TextField(
        _("kort sammanfattning på vanlig svenska"),
        max_length=300,
        blank=True,
        help_text=_(
            "Vad avtalet gör, med vardagliga ord i en eller två korta meningar. Visas på "
            "avtalets kort i registret, på startsidan och på de prioriterade områdena. "
            "Lämnar du fältet tomt visas sammanfattningen."
        ),
    )
    scope = RichTextField(_("vad partnerskapet gäller"), features=RICH_TEXT_FEATURES, blank=True)
    contributions = RichTextField(
        _("vad parterna bidrar med"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Till exempel pengar, lokaler, personal eller kunskap från varje part."),
    )
    municipal_bodies = ParentalManyToManyField(
        "partnerships.MunicipalBody",
        verbose_name=_("kommunala parter"),
        related_name="iop_agreements",
    )
    organisations = ParentalManyToManyField(
        "partnerships.Organisation",
        verbose_name=_("organisationer"),
        related_name="iop_agreements",
    )
    priority_areas = ParentalManyToManyField(
        "principles.PriorityAreaPage",
        verbose_name=_("prioriterade områden"),
        related_name="iop_agreements",
        blank=True,
    )
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    end_date = models.DateField(
        _("slutdatum"), null=True, blank=True, help_text=_("Tomt om avtalet gäller tills vidare.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("det undertecknade avtalet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=120, blank=True)
    contact_role = models.CharField(_("roll"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-post"), blank=True)
    results = RichTextField(
        _("resultat och utvärdering"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Fyll i när avtalet har tagit slut: vad blev resultatet?"),
    )

    objects = IOPAgreementManager()
    base_form_class = IOPAgreementForm
    template = "partnerships/iop/agreement_page.html"
    parent_page_types = ["partnerships.IOPRegisterPage"]
    subpage_types: list[str] = []
    search_result_label = _("IOP-avtal")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("plain_summary"),
        index.SearchField("scope"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.RelatedFields("municipal_bodies", [index.SearchField("name")]),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("plain_summary"),
        MultiFieldPanel(
            [
                FieldPanel("municipal_bodies", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Parter"),
        ),
        FieldPanel("priority_areas", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("scope"),
        FieldPanel("contributions"),
        FieldPanel("document"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Kontakt"),
        ),
        FieldPanel("results"),
        InlinePanel(
            "principle_statements",
            heading=_("Så följer avtalet principerna"),
            label=_("Princip"),
            help_text=_(
                "Välj en princip och skriv kort hur avtalet följer den. Högst en gång per princip."
            ),
            max_num=6,
        ),
    ]

    class Meta:
        verbose_name = _("IOP-avtal")
        verbose_name_plural = _("IOP-avtal")

    def get_lead(self) -> str:
        return self.summary

    @property
    def card_summary(self) -> str:
        """What the agreement's card in a list says: the plain words when there are some."""
        return self.plain_summary or self.summary

    @property
    def card_parties(self) -> CardParties:
        """The parties' names its card shows: read with the list (`for_cards`), or else
        now."""
        kept = getattr(self, "_card_parties", None)
        if kept is None:
            kept = CardParties(
                [body.name for body in self.municipal_bodies.all()],
                [organisation.name for organisation in self.organisations.all()],
            )
        return kept

    @property
    def period_text(self) -> str:
        """The period in words and in the reader's language ("1 mars 2024 till 28 februari
        2026"), as its page and its card in every list say it."""
        start = date_format(self.start_date, "j F Y") if self.start_date else None
        end = date_format(self.end_date, "j F Y") if self.end_date else None
        if start and end:
            return gettext("%(start)s till %(end)s") % {"start": start, "end": end}
        if start:
            return gettext("från %(start)s, tills vidare") % {"start": start}
        if end:
            return gettext("till %(end)s") % {"end": end}
        return gettext("tills vidare")

    @property
    def status(self) -> Status:
        return status_for(self.start_date, self.end_date, timezone.localdate())

    def cache_tags_of_change(self) -> list[str]:
        """The lists beyond its type's that show the agreement (lundsite.cache_tags): its
        priority areas' pages and its principles' pages. Those it has left show it already
        (`page:<pk>`)."""
        from principles.models import PrinciplePage

        principles = PrinciplePage.objects.filter(
            pk__in=[statement.principle_id for statement in self.principle_statements.all()]
        ).values_list("translation_key", flat=True)
        return [f"iop-area:{area.translation_key}" for area in self.priority_areas.all()] + [
            f"iop-principle:{key}" for key in principles
        ]
