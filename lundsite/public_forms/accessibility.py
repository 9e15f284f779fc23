"""Forms that screen readers can follow: each field names its hint and its error."""

from django import forms


class DescribedFieldsMixin:
    """Points every field's aria-describedby at its hint and error message, as the
    templates includes/form_field.html and includes/error_summary.html render them."""

    def full_clean(self) -> None:
        super().full_clean()
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            if name in self.errors:
                described_by.append(f"{bound.auto_id}-error")
            if described_by and getattr(field.widget, "input_type", "") != "hidden":
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


def error_target(field: forms.BoundField) -> str:
    """The id the error summary links to: the first box of a group, else the field."""
    return f"{field.auto_id}_0" if field.use_fieldset else field.auto_id
