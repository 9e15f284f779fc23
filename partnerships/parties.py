"""The parties to an agreement: municipal bodies and the sector's organisations (snippets)."""

from collections.abc import Iterable
from typing import Any

from django import forms
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

from lundsite import cache_tags, top_of_tree
from lundsite.fragment_cache import site_version
from partnerships.validators import normalise_organisation_number

INDEX_URL_TIMEOUT = 24 * 3600


def party_page_url(
    index_label: str, route: str, party: models.Model, request: HttpRequest | None = None
) -> str | None:
    """The public page of a party, served by the index page of type `index_label` in the
    party's language; None while no such page is live. Named by label, so that this shared
    module needs no wing."""
    index_url = _index_url(index_label, party.locale_id, request)
    if index_url is None:
        return None
    return index_url + apps.get_model(index_label).get_resolver().reverse(route, slug=party.slug)


def _index_url(index_label: str, locale_id: int, request: HttpRequest | None) -> str | None:
    """The index page's address, looked up once and not for every party a page links to (an
    area's contact paths name a dozen bodies); retired when such an index is published."""
    host = request.get_host() if request is not None else ""
    key = f"lundsite:party-index:{index_label}:{locale_id}:{host}:{site_version()}"

    def build() -> str | None:
        index_model = apps.get_model(index_label)
        index = _index_at_top(index_model, locale_id, request)
        if index is None:
            index = index_model.objects.live().filter(locale_id=locale_id).first()
        return index.get_url(request) if index is not None else None

    return cache_tags.cached(key, build, INDEX_URL_TIMEOUT)


def _index_at_top(index_model, locale_id: int, request: HttpRequest | None):
    """The index where it usually is, a child of the home page in the reader's language:
    from the top of the tree the page has read already, without a query of its own."""
    if request is None:
        return None
    top = top_of_tree.for_request(request)
    if top.home is None or top.home.locale_id != locale_id:
        return None
    return top.first_live(index_model)


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

    # The contact path: how an association reaches this body (issue 16). Role titles and
    # functional mailboxes only, never a named person, so that it stays true when staff change.
    contact_who = models.CharField(
        _("vem föreningar kontaktar"),
        max_length=200,
        blank=True,
        help_text=_("En roll eller funktion, inte ett namn. Till exempel: föreningskonsulenterna."),
    )
    contact_email = models.EmailField(
        _("e-post för föreningar"),
        blank=True,
        help_text=_("En funktionsbrevlåda, till exempel kultur.fritid@lund.se."),
    )
    contact_phone = models.CharField(
        _("telefon för föreningar"),
        max_length=40,
        blank=True,
        help_text=_("Till exempel kommunens växel och vilket val man gör."),
    )
    contact_helps_with = models.TextField(
        _("vad de hjälper till med"),
        max_length=1000,
        blank=True,
        help_text=_("Några korta meningar om vad en förening kan få hjälp med här."),
    )
    priority_areas = models.ManyToManyField(
        "principles.PriorityAreaPage",
        verbose_name=_("prioriterade områden"),
        related_name="+",
        blank=True,
        help_text=_(
            "Områden där den här parten är rätt kontakt. Föreningslotsens formulär föreslår "
            "parten när någon väljer ett av områdena."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldPanel("contact_who"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_helps_with"),
                FieldPanel("priority_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Kontaktväg för föreningar"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug is the same in every language, so a filtered address works in both.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("contact_who"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("contact_helps_with"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kommunal part")
        verbose_name_plural = _("kommunala parter")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def public_url(self, request: HttpRequest | None = None) -> str | None:
        """The body's page at /forvaltningar/<slug>/, in its own language."""
        return party_page_url("partnerships.MunicipalBodyIndexPage", "body", self, request)

    @property
    def has_contact_path(self) -> bool:
        return bool(self.contact_who or self.contact_email or self.contact_phone)


def contact_paths_by_area(
    areas: Iterable[Any], locale_id: int, request: HttpRequest | None = None
) -> list[tuple[Any, list]]:
    """For each priority area, the municipal bodies in `locale_id` that help with it, each
    with the address of its page as `page_url`. Editors may pick the areas on either
    language's snippet, so both ends match by translation_key."""
    areas = list(areas)
    area_keys_by_body: dict[Any, set] = {}
    # Pairs of (body, area) by translation key, in one query: the same join filters and
    # names the areas, so only the areas asked for come back.
    pairs = MunicipalBody.objects.filter(
        priority_areas__translation_key__in=[area.translation_key for area in areas]
    ).values_list("translation_key", "priority_areas__translation_key")
    for body_key, area_key in pairs:
        area_keys_by_body.setdefault(body_key, set()).add(area_key)
    bodies = MunicipalBody.objects.filter(
        locale_id=locale_id, translation_key__in=list(area_keys_by_body)
    ).order_by("name")
    helps = {body.translation_key: area_keys_by_body[body.translation_key] for body in bodies}
    for body in bodies:
        body.page_url = body.public_url(request)
    return [
        (area, [body for body in bodies if area.translation_key in helps[body.translation_key]])
        for area in areas
    ]


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
