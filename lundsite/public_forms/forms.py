"""What every public form shares: a honeypot, consent where personal data is asked, and
messages about length in the reader's language. Templates show the errors through
includes/error_summary.html and includes/form_field.html."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from lundsite.public_forms.accessibility import DescribedFieldsMixin

HONEYPOT = "website"
TOO_LONG = _("Skriv högst %(limit_value)d tecken (nu %(show_value)d).")
CONSENT_MISSING = _("Kryssa i att du har läst om personuppgifter.")
# The widest integer a database column holds (SQLite's and PostgreSQL's bigint).
LARGEST_ID = 2**63 - 1


def is_plausible_key(field: forms.ModelChoiceField, value: Any) -> bool:
    """Whether the database can be asked about `value` at all. A number wider than 64 bits
    overflows the driver and a NUL byte is refused by PostgreSQL: both would end as a server
    error inside the field's own lookup, where they are simply not one of the choices."""
    text = str(value)
    if "\x00" in text:
        return False
    model = field.queryset.model
    key = model._meta.get_field(field.to_field_name) if field.to_field_name else model._meta.pk
    while key.is_relation:  # a page type's key is its link to wagtailcore.Page
        key = key.target_field
    if not isinstance(key, models.IntegerField):
        return True
    try:
        number = int(text)
    except ValueError:
        return True  # the field itself says it is no valid choice
    return -LARGEST_ID <= number <= LARGEST_ID


def screen_choices(field: forms.ModelChoiceField) -> None:
    """Refuses implausible keys with the field's own message before it queries."""
    clean = field.clean

    def screened_clean(value: Any) -> Any:
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if item not in field.empty_values and not is_plausible_key(field, item):
                raise ValidationError(
                    field.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(item)[:20]},
                )
        return clean(value)

    field.clean = screened_clean


class PublicForm(DescribedFieldsMixin):
    """Mixed into a `forms.Form` or `forms.ModelForm`, before it.

    A subclass that asks for personal data names `consent_label`; one that stores something
    implements `submit()`, which `take_submission` calls inside one database transaction.
    """

    consent_label: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                screen_choices(field)
            limit = getattr(field, "max_length", None)
            if limit:
                # A form may word a field's limit its own way.
                field.error_messages.setdefault("max_length", TOO_LONG)
                if isinstance(field.widget, forms.Textarea):
                    field.widget.attrs["maxlength"] = limit
        if self.consent_label:
            self.fields["consent"] = forms.BooleanField(
                label=self.consent_label, error_messages={"required": CONSENT_MISSING}
            )
        # Hidden from people (CSS and aria-hidden); robots fill in every field they find.
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Lämna det här fältet tomt"), required=False, max_length=200
        )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT))

    def submit(self, request: HttpRequest) -> Any:
        """Stores the submission and queues its mails; returns what was stored."""
        raise NotImplementedError
