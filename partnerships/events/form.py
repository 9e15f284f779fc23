"""The registration form on an event's page, through the site's one public-form flow."""

from django import forms
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from lundsite.public_forms import PublicForm
from partnerships.events.registration import Registration, place


class RegistrationForm(PublicForm, forms.ModelForm):
    consent_label = _("Jag har läst hur kommunen hanterar mina personuppgifter.")

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "dietary_needs", "accessibility_needs"]
        labels = {
            "name": _("Ditt namn"),
            "email": _("Din e-post"),
            "organisation": _("Organisation eller förvaltning (om du vill)"),
            "dietary_needs": _("Specialkost (om du vill)"),
            "accessibility_needs": _("Behov av tillgänglighet (om du vill)"),
        }
        help_texts = {
            "email": _("Vi skickar en bekräftelse hit."),
            "dietary_needs": _("Till exempel vegetariskt, glutenfritt eller allergier."),
            "accessibility_needs": _("Till exempel teckentolk, hörslinga eller rullstolsplats."),
        }
        widgets = {
            "dietary_needs": forms.Textarea(attrs={"rows": 2}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "name": {"required": _("Skriv ditt namn.")},
            "email": {
                "required": _("Skriv din e-postadress."),
                "invalid": _("Skriv e-postadressen så här: namn@exempel.se."),
            },
        }

    def __init__(self, *args, event=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.event = event

    def submit(self, request: HttpRequest) -> Registration:
        registration = self.save(commit=False)
        registration.event = self.event.source_event()
        registration.language = translation.get_language() or "sv"
        return place(registration)
