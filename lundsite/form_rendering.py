"""Django's form renderer, with a <select> put together in Python.

Django renders a select through a template, and each of its options through one more
template included once per option. A register's filters hold some sixty options, and
rendering them was a third of the CPU an uncached register page took. The HTML is the same
character for character as Django's templates make it (tests/unit/test_form_rendering.py);
any other widget, or a select whose options use another template, goes to Django as before.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"


class QuickSelectRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None) -> SafeString:
        if template_name == SELECT and _plain_options(context["widget"]):
            return render_select(context["widget"])
        return super().render(template_name, context, request)


def _plain_options(widget: dict) -> bool:
    return all(
        option["template_name"] == OPTION
        for _name, options, _index in widget["optgroups"]
        for option in options
    )


def render_attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: True as a bare name, False left out."""
    return "".join(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
        for name, value in attrs.items()
        if value is not False
    )


def render_select(widget: dict) -> SafeString:
    """As django/forms/widgets/select.html, with its line breaks and indents."""
    parts = [format_html('<select name="{}"', widget["name"]), render_attrs(widget["attrs"]), ">"]
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(format_html('\n  <optgroup label="{}">', group_name))
        for option in options:
            parts.append(
                format_html(
                    # Django's option template ends in a line break, and so each option.
                    '\n  <option value="{}"{}>{}</option>\n',
                    option["value"],
                    mark_safe(render_attrs(option["attrs"])),
                    option["label"],
                )
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))
