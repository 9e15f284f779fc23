"""Open volunteer assignments shown on a priority area's and an IOP agreement's page."""

from django import template
from wagtail.models import Page

from lundsite import cache_tags
from partnerships.frivilligkraft.assignments import AssignmentPage

register = template.Library()


@register.simple_tag
def area_assignments(area: Page, count: int = 5) -> list[AssignmentPage]:
    # Matched on the area's translation key: an English assignment may still point at the
    # Swedish area it was first written for. Retired when an assignment of the area is
    # published (lundsite.cache_tags), not any assignment.
    with cache_tags.narrowed(f"assignments-area:{area.translation_key}"):
        return list(
            AssignmentPage.objects.open()
            .public()
            .filter(locale_id=area.locale_id, priority_areas__translation_key=area.translation_key)
            .distinct()
            .soonest_first()
            .select_related("category")[:count]
        )


@register.simple_tag
def agreement_assignments(agreement: Page) -> list[AssignmentPage]:
    """The open assignments that belong to an agreement, in the agreement's language;
    retired when one of them is published, not any assignment."""
    with cache_tags.narrowed(f"assignments-agreement:{agreement.translation_key}"):
        return list(
            AssignmentPage.objects.open()
            .public()
            .filter(
                locale_id=agreement.locale_id,
                iop_agreement__translation_key=agreement.translation_key,
            )
            .soonest_first()
            .select_related("category")
        )


@register.simple_tag
def assignment_agreement(assignment: AssignmentPage) -> Page | None:
    """The live agreement the assignment belongs to, in the assignment's language: a
    translated assignment may still point at the agreement it was first linked to."""
    if assignment.iop_agreement_id is None:
        return None
    key = assignment.iop_agreement.translation_key
    with cache_tags.narrowed(f"translations:{key}"):
        return (
            Page.objects.live()
            .public()
            .filter(translation_key=key, locale_id=assignment.locale_id)
            .first()
        )
