"""The public form for a collaboration idea: every field checked on the server."""

from django import forms
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.models import ContactSettings
from lundsite.public_forms import PublicForm
from partnerships.initiatives.models import (
    IDEA_FIELDS,
    SENDER_FIELDS,
    Initiative,
    MembershipAnswer,
    short_version,
)
from partnerships.validators import normalise_organisation_number
from principles.models import PriorityAreaPage

# People sometimes paste whole documents; a page of text is plenty for a first contact.
LONG_TEXT = 3000


class InitiativeForm(PublicForm, forms.ModelForm):
    consent_label = _("Jag har läst hur kommunen hanterar personuppgifterna i idén.")

    class Meta:
        model = Initiative
        fields = [*SENDER_FIELDS, *IDEA_FIELDS, "wants_status_updates", "wants_public"]
        labels = {
            "organisation_name": _("Organisationens namn"),
            "organisation_number": _("Organisationsnummer (om du vet det)"),
            "contact_name": _("Kontaktperson"),
            "email": _("E-post"),
            "phone": _("Telefon (om du vill)"),
            "priority_areas": _("Vilka områden gäller idén?"),
            "idea": _("Beskriv behovet eller idén"),
            "target_group": _("Vem är idén till för?"),
            "organisation_brings": _("Vad kan er organisation bidra med?"),
            "municipality_brings": _("Vad hoppas ni att kommunen bidrar med?"),
            "preferred_administration": _(
                "Vill ni samarbeta med en viss förvaltning? (om du vill)"
            ),
            "has_joined": _("Har organisationen anslutit sig till överenskommelsen?"),
            "wants_status_updates": _("Skicka e-post till mig när idén byter status"),
            "wants_public": _("Idén får visas på webbplatsen"),
        }
        help_texts = {
            "organisation_number": _("Tio siffror, till exempel 802000-1239."),
            "email": _("Vi skickar en bekräftelse hit."),
            "priority_areas": _("Välj ett eller flera, eller inget om du är osäker."),
            "wants_public": _(
                "Då kan föreningslotsen visa organisationen, områdena och en kort beskrivning "
                "av idén. Ditt namn, din e-post och ditt telefonnummer visas aldrig."
            ),
        }
        widgets = {
            "priority_areas": forms.CheckboxSelectMultiple,
            "has_joined": forms.RadioSelect,
            "idea": forms.Textarea(attrs={"rows": 6}),
            "target_group": forms.Textarea(attrs={"rows": 3}),
            "organisation_brings": forms.Textarea(attrs={"rows": 3}),
            "municipality_brings": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "organisation_name": {"required": _("Skriv organisationens namn.")},
            "contact_name": {"required": _("Skriv namnet på en kontaktperson.")},
            "email": {
                "required": _("Skriv din e-postadress."),
                "invalid": _("Skriv e-postadressen så här: namn@exempel.se."),
            },
            "idea": {"required": _("Beskriv behovet eller idén.")},
            "target_group": {"required": _("Skriv vem idén är till för.")},
            "organisation_brings": {"required": _("Skriv vad er organisation kan bidra med.")},
            "municipality_brings": {"required": _("Skriv vad ni hoppas att kommunen bidrar med.")},
        }

    def __init__(self, *args, locale: Locale, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        areas = self.fields["priority_areas"]
        # Titles are all the boxes show: an area's StreamFields are not read and decoded.
        areas.queryset = (
            PriorityAreaPage.objects.live()
            .filter(locale=locale)
            .defer_streamfields()
            .order_by("path")
        )
        areas.error_messages["invalid_choice"] = _("Välj bland områdena i listan.")
        self.fields["has_joined"].choices = MembershipAnswer.choices

    def clean_organisation_number(self) -> str:
        number = self.cleaned_data["organisation_number"].strip()
        return normalise_organisation_number(number) if number else ""

    def submit(self, request: HttpRequest) -> Initiative:
        initiative = self.save(commit=False)
        initiative.language = translation.get_language() or "sv"
        if initiative.wants_public:
            # A start the föreningslots shortens in the inbox before it approves.
            initiative.public_description = short_version(initiative.idea)
        # A ParentalManyToManyField keeps its choice in memory until the idea is saved:
        # set it first, or the areas the sender chose are lost.
        self.save_m2m()
        initiative.save()
        initiative.send_confirmations(ContactSettings.for_request(request).foreningslots_email)
        return initiative
