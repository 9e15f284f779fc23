"""What every public page type shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """A page with a short lead text, shown under the title and in search results."""

    intro = models.TextField(
        _("ingress"),
        blank=True,
        max_length=600,
        help_text=_("En till tre korta meningar som sammanfattar sidan. Visas under rubriken."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    def get_lead(self) -> str:
        """The text to show for this page in lists and search results."""
        return self.intro or self.search_description
