"""The agreement itself: its six principles, four priority areas and the process."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.search import index

from lundsite.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from lundsite.pages import BasePage
from lundsite.view_restrictions import CachedRestrictionsQuerySet


class PrinciplesIndexPage(BasePage):
    body = StreamField(ContentStreamBlock(), verbose_name=_("mer innehåll"), blank=True)

    subpage_types = ["principles.PrinciplePage"]
    max_count_per_parent = 1
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("sida för principerna")
        verbose_name_plural = _("sidor för principerna")

    def principles(self):
        """The principles in the order editors give them in the page tree."""
        return PrinciplePage.objects.child_of(self).live().public().order_by("path")


class PrinciplePage(BasePage):
    summary = models.TextField(
        _("sammanfattning"),
        max_length=300,
        help_text=_("Principen i en eller två meningar. Visas i listan över principerna."),
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("innehåll"),
        help_text=_("Vad principen betyder i praktiken mellan kommunen och föreningarna."),
    )

    parent_page_types = ["principles.PrinciplesIndexPage"]
    subpage_types: list[str] = []
    search_result_label = _("Princip")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]

    class Meta:
        verbose_name = _("princip")
        verbose_name_plural = _("principer")

    def get_lead(self) -> str:
        return self.summary


class PriorityAreaIndexPage(BasePage):
    body = StreamField(ContentStreamBlock(), verbose_name=_("mer innehåll"), blank=True)

    subpage_types = ["principles.PriorityAreaPage"]
    max_count_per_parent = 1
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("sida för de prioriterade områdena")
        verbose_name_plural = _("sidor för de prioriterade områdena")

    def areas(self):
        return PriorityAreaPage.objects.child_of(self).live().public().order_by("path")


class DirectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Kort rubrik"), max_length=100)
    text = blocks.TextBlock(label=_("Text"), max_length=1000)

    class Meta:
        icon = "arrow-right"
        label = _("Inriktning")


class ProgrammeBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Namn"), max_length=200)
    description = blocks.TextBlock(label=_("Beskrivning"), required=False, max_length=600)
    url = blocks.URLBlock(label=_("Länk"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Program")


class PriorityAreaPage(BasePage):
    """One of the plan's four priority areas.

    Agreements and assignments point here from `partnerships`; this module never imports
    them, and the page finds them through their reverse relations.
    """

    summary = models.TextField(
        _("sammanfattning"),
        max_length=300,
        help_text=_("Området i en eller två meningar. Visas på startsidan och i listor."),
    )
    description = RichTextField(_("beskrivning"), features=RICH_TEXT_FEATURES)
    directions = StreamField(
        [("direction", DirectionBlock())],
        verbose_name=_("inriktningar"),
        blank=True,
        help_text=_("Det som parterna ska arbeta med inom området, enligt samverkansplanen."),
    )
    programmes = StreamField(
        [("programme", ProgrammeBlock())],
        verbose_name=_("kommunala program"),
        blank=True,
        help_text=_("Kommunens program som hör ihop med området."),
    )

    objects = PageManager.from_queryset(CachedRestrictionsQuerySet)()
    parent_page_types = ["principles.PriorityAreaIndexPage"]
    subpage_types: list[str] = []
    search_result_label = _("Prioriterat område")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("directions"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("directions"),
        FieldPanel("programmes"),
    ]

    class Meta:
        verbose_name = _("prioriterat område")
        verbose_name_plural = _("prioriterade områden")

    def get_lead(self) -> str:
        return self.summary


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Steg"), max_length=100)
    short_title = blocks.CharBlock(
        label=_("Kort namn"), max_length=30, help_text=_("Ett eller två ord. Visas i bilden.")
    )
    summary = blocks.TextBlock(label=_("Sammanfattning"), max_length=400)
    body = blocks.RichTextBlock(label=_("Mer text"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "order"
        label = _("Steg")


class ProcessPage(BasePage):
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("stegen"),
        help_text=_("Stegen i ordning. Den sista leder tillbaka till den första."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("innehåll efter stegen"), blank=True)

    subpage_types: list[str] = []
    max_count_per_parent = 1
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("steps"),
        index.SearchField("body"),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("steps"), FieldPanel("body")]

    class Meta:
        verbose_name = _("samverkansprocess")
        verbose_name_plural = _("samverkansprocesser")
