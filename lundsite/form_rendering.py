"""Django's form renderer, with its most used widgets put together in Python.

Django renders every widget through a template, a radio button or checkbox through three
nested ones and each option of a select through one more. A register's filters or a public
form hold dozens of them, and rendering them was a third of the CPU such a page took when it
was not cached. The HTML here is Django's own, character for character
(tests/unit/test_form_rendering.py): the same templates, written out. Any other widget, or an
option with a template of its own, is rendered by Django as before.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDGETS = "django/forms/widgets/"
# Each of these templates is nothing but an include of input.html.
INPUTS = {
    f"{WIDGETS}{name}.html"
    for name in (
        "checkbox", "color", "date", "datetime", "email", "file", "hidden",
        "number", "password", "search", "tel", "text", "time", "url",
    )
}  # fmt: skip
OPTIONS = {f"{WIDGETS}{name}.html" for name in ("input_option", "radio_option", "checkbox_option")}
SELECT = f"{WIDGETS}select.html"
SELECT_OPTION = f"{WIDGETS}select_option.html"
MULTIPLE_INPUTS = {
    f"{WIDGETS}{name}.html" for name in ("multiple_input", "radio", "checkbox_select")
}


class QuickWidgetRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None) -> SafeString:
        widget = context.get("widget")
        if template_name in INPUTS:
            return render_input(widget)
        if template_name in OPTIONS:
            return render_input_option(widget)
        if template_name == SELECT and _options_use({SELECT_OPTION}, widget):
            return render_select(widget)
        if template_name in MULTIPLE_INPUTS and _options_wrap_their_label(widget):
            return render_multiple_inputs(widget)
        return super().render(template_name, context, request)


def _options_use(templates: set[str], widget: dict) -> bool:
    return all(
        option["template_name"] in templates
        for _name, options, _index in widget["optgroups"]
        for option in options
    )


def _options_wrap_their_label(widget: dict) -> bool:
    return _options_use(OPTIONS, widget) and all(
        option["wrap_label"] for _name, options, _index in widget["optgroups"] for option in options
    )


def render_attrs(attrs: dict) -> str:
    """As attrs.html: True as a bare name, False left out."""
    return "".join(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
        for name, value in attrs.items()
        if value is not False
    )


def render_input(widget: dict) -> SafeString:
    """As input.html."""
    value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        value,
        mark_safe(render_attrs(widget["attrs"])),
    )


def render_input_option(widget: dict) -> SafeString:
    """As input_option.html: the input, inside its label when the label wraps it. The line
    break and space are the ones input.html's last line leaves before the label's text."""
    if not widget["wrap_label"]:
        return render_input(widget)
    label_for = widget["attrs"].get("id")
    return format_html(
        "<label{}>{}\n {}</label>",
        format_html(' for="{}"', label_for) if label_for else "",
        render_input(widget),
        widget["label"],
    )


def render_multiple_inputs(widget: dict) -> SafeString:
    """As multiple_input.html: a div of radio buttons or checkboxes, groups in divs."""
    id_, css_class = widget["attrs"].get("id"), widget["attrs"].get("class")
    parts = [
        format_html(
            "<div{}{}>",
            format_html(' id="{}"', id_) if id_ else "",
            format_html(' class="{}"', css_class) if css_class else "",
        )
    ]
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(format_html("\n  <div><label>{}</label>", group_name))
        for option in options:
            # Each included template ends in a line break: the option's own two.
            parts.append(format_html("<div>\n    {}\n\n</div>", render_input_option(option)))
        if group_name:
            parts.append("\n  </div>")
    parts.append("\n</div>")
    return mark_safe("".join(parts))


def render_select(widget: dict) -> SafeString:
    """As select.html, with its line breaks and indents."""
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
