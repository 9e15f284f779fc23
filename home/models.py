from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.page_tree import HOLD_TEXT_PAGES, HOME, SECTIONS, TEXT_PAGE
from lundsite import cache_tags
from lundsite.blocks import ContentStreamBlock
from lundsite.pages import BasePage
from principles.models import PriorityAreaPage


class EntryPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Rubrik"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)
    page = blocks.PageChooserBlock(label=_("Sida"))
    link_text = blocks.CharBlock(label=_("Länktext"), max_length=80)

    class Meta:
        icon = "arrow-right"
        label = _("Ingång")


@dataclass(frozen=True)
class EntryPoint:
    title: str
    text: str
    link_text: str
    page: Page


class HomePage(BasePage):
    areas_heading = models.CharField(
        _("rubrik för de prioriterade områdena"),
        max_length=120,
        default="Fyra områden vi samarbetar om",
    )
    areas_intro = models.TextField(
        _("text om de prioriterade områdena"), blank=True, max_length=400
    )
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("ingångar"),
        blank=True,
        help_text=_("Genvägar till det läsaren oftast söker, till exempel IOP-registret."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("mer innehåll"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTIONS
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("areas_heading"), FieldPanel("areas_intro")],
            heading=_("Prioriterade områden"),
            help_text=_("Områdena hämtas från sidorna under Prioriterade områden."),
        ),
        FieldPanel("entry_points"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")

    def entry_point_links(self) -> list[EntryPoint]:
        """The entry points, each leading to its page in this page's language.

        One query for all of them, where `.localized` would take two for each, and none
        where they were chosen in this page's language.
        """
        chosen = [block.value for block in self.entry_points if block.value["page"]]
        keys = [value["page"].translation_key for value in chosen]
        # Pages chosen in this page's language need no query (the Swedish home page's).
        translations = {
            value["page"].translation_key: value["page"]
            for value in chosen
            if value["page"].locale_id == self.locale_id and value["page"].live
        }
        missing = [key for key in keys if key not in translations]
        # A translation published later takes the link over (lundsite.cache_tags).
        with cache_tags.narrowed(*(f"translations:{key}" for key in keys)):
            if missing:
                translations |= {
                    page.translation_key: page
                    for page in Page.objects.live().filter(
                        translation_key__in=missing, locale=self.locale_id
                    )
                }
        return [
            EntryPoint(
                title=value["title"],
                text=value["text"],
                link_text=value["link_text"],
                page=translations.get(value["page"].translation_key, value["page"]),
            )
            for value in chosen
        ]

    def priority_areas(self):
        """The live priority areas in this page's language, in the editors' order."""
        return (
            PriorityAreaPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("path")
        )


class ContentPage(BasePage):
    """A plain text page: the agreement, the accessibility statement, the privacy notice."""

    body = StreamField(ContentStreamBlock(), verbose_name=_("innehåll"), blank=True)

    parent_page_types = [HOME, TEXT_PAGE, *HOLD_TEXT_PAGES]
    subpage_types = ["home.ContentPage"]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("textsida")
        verbose_name_plural = _("textsidor")
