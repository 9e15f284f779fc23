"""Ideas in the open: the ideas that senders let be shown and the föreningslots approved,
listed under the föreningslots' page with their step in the process. Never a person's
name, e-mail or phone: only the fields named here reach the page."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from lundsite import cache_tags
from lundsite.filtered_listing import ListingFilterForm, cached_choices, live_pages_by_slug
from lundsite.view_restrictions import public_pages
from partnerships.initiatives.models import Initiative
from principles.models import PriorityAreaPage, ProcessPage

STEPS = range(1, 6)


def step_names(locale_id: int) -> dict[int, str]:
    """The five steps' names as the process page of the language calls them, read once per
    site version: the list's filter, its cards and an organisation's page all name them."""

    def read() -> dict[int, str]:
        process = ProcessPage.objects.live().filter(locale_id=locale_id).first()
        if process is None:
            return {}
        return {number: block.value["title"] for number, block in enumerate(process.steps, 1)}

    return cached_choices("idea-steps", locale_id, read)


def priority_areas(locale_id: int) -> dict[str, Page]:
    """The language's priority areas by slug, in the tree's order, read once per site
    version."""
    return live_pages_by_slug(PriorityAreaPage, locale_id)


class IdeaFilterForm(ListingFilterForm):
    filters = ("area", "step")
    page_slug_filters = {"area": PriorityAreaPage}

    area = forms.ChoiceField(
        label=_("Prioriterat område"),
        required=False,
        error_messages={"invalid_choice": _("Välj ett område i listan.")},
    )
    step = forms.ChoiceField(
        label=_("Steg i processen"),
        required=False,
        error_messages={"invalid_choice": _("Välj ett steg i listan.")},
    )

    def __init__(self, data, locale: Locale | int, **kwargs: Any) -> None:
        super().__init__(data, locale, **kwargs)
        everything = [("", _("Alla"))]
        locale_id = locale.pk if isinstance(locale, Locale) else locale
        self.areas = priority_areas(locale_id)
        self.fields["area"].choices = everything + [
            (slug, area.title) for slug, area in self.areas.items()
        ]
        names = step_names(locale_id)
        self.fields["step"].choices = everything + [
            (str(number), f"{number}. {names.get(number, '')}".strip(" .")) for number in STEPS
        ]

    def apply(self, ideas: QuerySet, data: dict[str, Any]) -> QuerySet:
        if data["area"]:
            key = self.areas[data["area"]].translation_key
            ideas = ideas.filter(priority_areas__translation_key=key).distinct()
        if data["step"]:
            ideas = ideas.in_step(int(data["step"]))
        return ideas

    def order(self, ideas: QuerySet, data: dict[str, Any]) -> QuerySet:
        return ideas.order_by("-created_at", "-pk")


class PublicIdea:
    """What the public may see of an idea, in the reader's language. Pages of other wings
    show it with `{% include idea.template %}`, the same card as the list, without naming
    this wing."""

    template = "partnerships/initiatives/includes/idea_card.html"

    def __init__(self, initiative: Initiative, areas: list[Page], step_name: str, agreement):
        self.reference = initiative.reference
        self.organisation = initiative.organisation_name
        self.description = initiative.public_description
        self.received = initiative.created_at
        self.step = initiative.process_step
        self.step_name = step_name
        self.areas = areas
        self.agreement = agreement


def public_ideas(initiatives: list[Initiative], locale_id: int) -> list[PublicIdea]:
    """The ideas for the page: areas and agreement in the page's language, in few queries."""
    names = step_names(locale_id)
    areas = {area.translation_key: area for area in priority_areas(locale_id).values()}
    agreement_keys = {i.iop_agreement.translation_key for i in initiatives if i.iop_agreement}
    agreements = {}
    if agreement_keys:  # most ideas led to none: no query for them
        # The agreements' translations, not a list of every page (lundsite.cache_tags).
        with cache_tags.narrowed(*(f"translations:{key}" for key in agreement_keys)):
            live = Page.objects.live().filter(
                translation_key__in=agreement_keys, locale_id=locale_id
            )
            agreements = {page.translation_key: page for page in public_pages(live)}
    return [
        PublicIdea(
            initiative,
            [areas.get(area.translation_key, area) for area in initiative.priority_areas.all()],
            names.get(initiative.process_step, ""),
            agreements.get(initiative.iop_agreement.translation_key)
            if initiative.iop_agreement
            else None,
        )
        for initiative in initiatives
    ]
