"""What every public form shares: a honeypot, consent where personal data is asked, and
messages about length in the reader's language. Templates show the errors through
includes/error_summary.html and includes/form_field.html."""

from typing import Any

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from lundsite.public_forms.accessibility import DescribedFieldsMixin

HONEYPOT = "website"
TOO_LONG = _("Skriv högst %(limit_value)d tecken (nu %(show_value)d).")
CONSENT_MISSING = _("Kryssa i att du har läst om personuppgifter.")


class PublicForm(DescribedFieldsMixin):
    """Mixed into a `forms.Form` or `forms.ModelForm`, before it.

    A subclass that asks for personal data names `consent_label`; one that stores something
    implements `submit()`, which `take_submission` calls inside one database transaction.
    """

    consent_label: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
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
