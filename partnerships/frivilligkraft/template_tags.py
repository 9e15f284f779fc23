"""Open volunteer assignments shown on a priority area's page."""

from django import template
from wagtail.models import Page

from partnerships.frivilligkraft.assignments import AssignmentPage

register = template.Library()


@register.simple_tag
def area_assignments(area: Page, count: int = 5) -> list[AssignmentPage]:
    # Matched on the area's translation key: an English assignment may still point at the
    # Swedish area it was first written for.
    return list(
        AssignmentPage.objects.open()
        .public()
        .filter(locale_id=area.locale_id, priority_areas__translation_key=area.translation_key)
        .distinct()
        .soonest_first()
        .select_related("category")[:count]
    )
