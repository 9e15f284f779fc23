from django import forms, template

from lundsite.public_forms.accessibility import error_target

register = template.Library()


@register.filter
def error_anchor(field: forms.BoundField) -> str:
    return error_target(field)
