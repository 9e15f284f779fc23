"""How an agreement lives the six principles: one short statement per principle it names."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from lundsite import cache_tags
from principles.models import PrinciplePage


class AgreementPrincipleQuerySet(models.QuerySet):
    def with_principle_in_language(self):
        """Adds `principle_title` and `principle_slug` in the agreement's language. A
        translated statement keeps pointing at the source language's principle (pages are
        linked across languages at runtime), so its translation is looked up here, in the
        same query. The titles are read as values, which note no page (lundsite.cache_tags):
        a published principle retires the lists that show them by their type."""
        cache_tags.add(f"type:{PrinciplePage._meta.label}")
        translation = PrinciplePage.objects.filter(
            translation_key=OuterRef("principle__translation_key"),
            locale_id=OuterRef("agreement__locale_id"),
        )
        # The principle's page itself is not read: its title and slug are all a list shows.
        return self.annotate(
            principle_title=Coalesce(
                Subquery(translation.values("title")[:1]), models.F("principle__title")
            ),
            principle_slug=Coalesce(
                Subquery(translation.values("slug")[:1]), models.F("principle__slug")
            ),
        )


class AgreementPrinciple(TranslatableMixin, Orderable):
    """Translatable so that the statement is translated with its agreement; the principle
    then points at the page of the agreement's own language."""

    agreement = ParentalKey(
        "partnerships.IOPAgreementPage",
        on_delete=models.CASCADE,
        related_name="principle_statements",
    )
    principle = models.ForeignKey(
        "principles.PrinciplePage",
        verbose_name=_("princip"),
        on_delete=models.CASCADE,
        related_name="agreement_statements",
    )
    statement = models.TextField(
        _("så följer avtalet principen"),
        max_length=500,
        help_text=_(
            "En eller två meningar om hur parterna lever principen i just det här avtalet."
        ),
    )

    objects = AgreementPrincipleQuerySet.as_manager()
    panels = [FieldPanel("principle"), FieldPanel("statement")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("princip i avtalet")
        verbose_name_plural = _("principer i avtalet")
        ordering = ["sort_order"]
        unique_together = [("translation_key", "locale"), ("agreement", "principle")]

    def __str__(self) -> str:
        return f"{self.principle.title}: {self.statement[:60]}"
