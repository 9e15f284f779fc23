"""What every public page type shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from lundsite.slugs import ascii_slug


class BasePage(Page):
    """A page with a short lead text, shown under the title and in search results."""

    intro = models.TextField(
        _("ingress"),
        blank=True,
        max_length=600,
        help_text=_("En till tre korta meningar som sammanfattar sidan. Visas under rubriken."),
    )

    responsible_unit = models.CharField(
        _("ansvarig enhet"),
        max_length=120,
        blank=True,
        help_text=_("Den del av kommunen eller föreningslivet som svarar för sidans innehåll."),
    )
    reviewed_at = models.DateField(
        _("senast granskad"),
        null=True,
        blank=True,
        help_text=_("Datum då någon senast läste igenom sidan och såg att den stämmer."),
    )

    # What site search calls a result of this type; a page type names its own.
    search_result_label = _("Sida")
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("responsible_unit"), FieldPanel("reviewed_at")],
            heading=_("Ansvar och granskning"),
        ),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs) -> None:
        # A slug typed by hand, sent without the admin's script or made in code keeps the
        # address ASCII too; the uniqueness check in Page.clean then sees the final slug.
        if self.slug and not self.slug.isascii():
            self.slug = ascii_slug(self.slug)
        super().full_clean(*args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail reads the page's ancestors and their restrictions on every view; the
        cached paths of restricted sections (lundsite.view_restrictions) answer for all
        pages outside them. An alias follows its source page, as Wagtail's own check does."""
        from lundsite.view_restrictions import restricted_paths

        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def language_code(self) -> str:
        """The page's language, without reading its locale row when it is the language of
        the request (lundsite.routing keeps the active locale): a link to a sub-page whose
        address differs per language asked the database on every view."""
        active = Locale.get_active()
        if active.pk == self.locale_id:
            return active.language_code
        return self.locale.language_code

    def get_lead(self) -> str:
        """The text to show for this page in lists and search results."""
        return self.intro or self.search_description
