"""The parties to an agreement: municipal bodies and the sector's organisations (snippets)."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from partnerships.validators import normalise_organisation_number


def party_page_url(
    index_label: str, route: str, party: models.Model, request: HttpRequest | None = None
) -> str | None:
    """The public page of a party, served by the index page of type `index_label` in the
    party's language; None while no such page is live. Named by label, so that this shared
    module needs no wing."""
    index_model = apps.get_model(index_label)
    index = index_model.objects.live().filter(locale_id=party.locale_id).first()
    if index is None:
        return None
    return index.get_url(request) + index.reverse_subpage(route, kwargs={"slug": party.slug})


class MunicipalBody(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        BOARD = "board", _("nämnd")
        ADMINISTRATION = "administration", _("förvaltning")

    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.BOARD)
    slug = models.SlugField(
        _("kortnamn i adresser"),
        max_length=100,
        help_text=_("Används i registrets filter, till exempel kultur-och-fritidsnamnden."),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug is the same in every language, so a filtered address works in both.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kommunal part")
        verbose_name_plural = _("kommunala parter")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("namn"), max_length=200)
    slug = models.SlugField(_("kortnamn i adresser"), max_length=100)
    organisation_number = models.CharField(
        _("organisationsnummer"),
        max_length=11,
        blank=True,
        help_text=_("Tio siffror, till exempel 802000-1234. Lämna tomt om du inte vet."),
    )
    website = models.URLField(_("webbplats"), blank=True)
    has_joined = models.BooleanField(
        _("ansluten till överenskommelsen"),
        default=False,
        help_text=_("Föreningar som samverkar med kommunen ska vara anslutna."),
    )
    joined_on = models.DateField(_("ansluten sedan"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation_number"),
        FieldPanel("website"),
        MultiFieldPanel(
            [FieldPanel("has_joined"), FieldPanel("joined_on")], heading=_("Överenskommelsen")
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation_number"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("organisation_number"),
        SynchronizedField("website"),
        SynchronizedField("has_joined"),
        SynchronizedField("joined_on"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def public_url(self, request: HttpRequest | None = None) -> str | None:
        """The organisation's page at /organisationer/<slug>/, in its own language."""
        return party_page_url("partnerships.OrganisationIndexPage", "organisation", self, request)

    def clean(self) -> None:
        if self.organisation_number:
            try:
                self.organisation_number = normalise_organisation_number(self.organisation_number)
            except ValidationError as error:
                raise ValidationError({"organisation_number": error.messages}) from error


register_snippet(MunicipalBody)
register_snippet(Organisation)
