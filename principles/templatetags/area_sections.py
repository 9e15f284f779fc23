"""What other apps show on a priority area's or a principle's page.

A priority area knows nothing of the apps that point at it. An app that has something to
show there registers a template with the Wagtail hook "priority_area_sections" (a function
returning the template's name; `order` sets the place), and the page includes them all.
A principle's page does the same with the hook "principle_sections".
"""

from django import template
from wagtail import hooks

register = template.Library()

HOOK = "priority_area_sections"
PRINCIPLE_HOOK = "principle_sections"


@register.simple_tag
def area_section_templates() -> list[str]:
    return [section() for section in hooks.get_hooks(HOOK)]


@register.simple_tag
def principle_section_templates() -> list[str]:
    return [section() for section in hooks.get_hooks(PRINCIPLE_HOOK)]
