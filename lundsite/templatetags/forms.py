from django import forms, template

from lundsite.form_accessibility import error_target

register = template.Library()


@register.filter
def error_anchor(field: forms.BoundField) -> str:
    return error_target(field)
