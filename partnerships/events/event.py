"""One event at /evenemang/<slug>/: what, when, where, for whom, and registration."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.search import index

from lundsite.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from lundsite.pages import BasePage
from partnerships.events.calendar import calendar_response
from partnerships.events.registration import Registration
from partnerships.events.views import serve_cancel, serve_event

ICS_NAME = "kalender.ics"


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Konferens")
    TRAINING = "training", _("Utbildning")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokument"))
    title = blocks.CharBlock(
        label=_("länktext"), required=False, help_text=_("Tomt: dokumentets eget namn.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")


class WebLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("länktext"))
    url = blocks.URLBlock(label=_("adress"))

    class Meta:
        icon = "link"
        label = _("Länk")


class DocumentationBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Stycke"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    document = DocumentLinkBlock()
    link = WebLinkBlock()


class EventPage(RoutablePageMixin, BasePage):
    kind = models.CharField(
        _("sorts evenemang"), max_length=20, choices=EventKind.choices, default=EventKind.TRAINING
    )
    starts_at = models.DateTimeField(_("börjar"), help_text=_("Datum och klockslag."))
    ends_at = models.DateTimeField(_("slutar"), help_text=_("Datum och klockslag."))
    place = models.CharField(
        _("plats"), max_length=200, help_text=_("Lokalens namn, till exempel Stadshallen.")
    )
    address = models.CharField(_("adress"), max_length=200, blank=True)
    accessibility = models.TextField(
        _("tillgänglighet på platsen"),
        max_length=1000,
        blank=True,
        help_text=_("Till exempel ramp, hiss, hörslinga, toalett och hur man tar sig dit."),
    )
    audience = models.TextField(
        _("vem evenemanget är för"),
        max_length=1000,
        help_text=_("Till exempel: alla föreningar i Lund och kommunens nämnder."),
    )
    programme = StreamField(
        ContentStreamBlock(),
        verbose_name=_("program"),
        blank=True,
        help_text=_("Vad som händer och när. Använd gärna en lista med klockslag."),
    )
    registration_closes = models.DateField(
        _("sista dag att anmäla sig"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt om evenemanget inte tar emot anmälningar på webbplatsen."),
    )
    capacity = models.PositiveIntegerField(
        _("antal platser"),
        null=True,
        blank=True,
        help_text=_("Hur många som får plats. Fler hamnar på en väntelista. Tomt: ingen gräns."),
    )
    documentation = StreamField(
        DocumentationBlock(),
        verbose_name=_("dokumentation efter evenemanget"),
        blank=True,
        help_text=_("Presentationer, anteckningar och länkar. Visas när evenemanget är över."),
    )

    parent_page_types = ["partnerships.EventIndexPage"]
    subpage_types: list[str] = []
    search_result_label = _("Evenemang")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("audience"),
        index.SearchField("programme"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("När")),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("address"), FieldPanel("accessibility")],
            heading=_("Var"),
        ),
        FieldPanel("audience"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("registration_closes"), FieldPanel("capacity")],
            heading=_("Anmälan"),
        ),
        FieldPanel("documentation"),
    ]

    class Meta:
        verbose_name = _("evenemang")
        verbose_name_plural = _("evenemang")

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Evenemanget kan inte sluta innan det börjar.")})

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def takes_registrations(self) -> bool:
        return self.registration_closes is not None

    def registration_is_open(self, today: datetime.date | None = None) -> bool:
        """Open until the end of the last day to register, and never once it has begun."""
        if self.registration_closes is None or self.starts_at <= timezone.now():
            return False
        return (today or timezone.localdate()) <= self.registration_closes

    def source_event(self) -> "EventPage":
        """The event in the site's first language: every language's readers register for
        that one, so that the seats are counted once."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def seats_left(self) -> int | None:
        """None when there is no limit."""
        if self.capacity is None:
            return None
        taken = Registration.objects.confirmed().filter(event=self.source_event()).count()
        return max(self.capacity - taken, 0)

    def get_lead(self) -> str:
        return self.intro or self.search_description

    @path("")
    def event_view(self, request):
        return serve_event(self, request)

    @re_path(r"^kalender\.ics/$", name="ics")
    def ics_view(self, request):
        return calendar_response([self], f"{self.slug}.ics")

    @path("avboka/<str:token>/", name="cancel")
    def cancel_view(self, request, token: str):
        return serve_cancel(self, request, token)

    def ics_url(self) -> str:
        # The file's address has no closing slash (lundsite/file_routes.py).
        return self.url + ICS_NAME
