"""What kind of help an assignment asks for, as a list editors keep (a snippet)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


class AssignmentCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("namn"), max_length=100)
    slug = models.SlugField(
        _("kortnamn i adresser"),
        max_length=100,
        help_text=_("Används i filtret på Frivilligkraft, till exempel praktisk-hjalp."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kategori för uppdrag")
        verbose_name_plural = _("kategorier för uppdrag")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


register_snippet(AssignmentCategory)
