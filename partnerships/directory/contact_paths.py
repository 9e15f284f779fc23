"""Which municipal body helps with which priority area, as first loaded from the content."""

from collections.abc import Iterable
from typing import Any

from django.conf import settings

from partnerships.parties import MunicipalBody
from principles.models import PriorityAreaPage


def seed_body_areas(specs: Iterable[dict[str, Any]]) -> None:
    """Sets the areas named in a body's spec (Swedish slugs), on a body that has none yet:
    editors' later choices are left as they are."""
    for spec in specs:
        if spec.get("type") != "partnerships.MunicipalBody" or not spec.get("priority_areas"):
            continue
        body = MunicipalBody.objects.filter(
            slug=spec["slug"], locale__language_code=settings.LANGUAGE_CODE
        ).first()
        if body is None or body.priority_areas.exists():
            continue
        body.priority_areas.set(
            PriorityAreaPage.objects.filter(
                slug__in=spec["priority_areas"], locale__language_code=settings.LANGUAGE_CODE
            )
        )
