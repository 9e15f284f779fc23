"""The public form for a collaboration idea: every field checked on the server."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.form_accessibility import DescribedFieldsMixin
from partnerships.initiatives import Initiative, MembershipAnswer
from partnerships.validators import normalise_organisation_number
from principles.models import PriorityAreaPage

# People sometimes paste whole documents; a page of text is plenty for a first contact.
LONG_TEXT = 3000


class InitiativeForm(DescribedFieldsMixin, forms.ModelForm):
    # Hidden from people (CSS and aria-hidden); bots fill in every field they find.
    website = forms.CharField(label=_("Lämna det här fältet tomt"), required=False, max_length=200)
    consent = forms.BooleanField(
        label=_("Jag har läst hur kommunen hanterar personuppgifterna i idén."),
        error_messages={"required": _("Kryssa i att du har läst om personuppgifter.")},
    )

    class Meta:
        model = Initiative
        fields = [
            "organisation_name",
            "organisation_number",
            "contact_name",
            "email",
            "phone",
            "priority_areas",
            "idea",
            "target_group",
            "organisation_brings",
            "municipality_brings",
            "preferred_administration",
            "has_joined",
            "wants_status_updates",
        ]
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
        }
        help_texts = {
            "organisation_number": _("Tio siffror, till exempel 802000-1239."),
            "email": _("Vi skickar en bekräftelse hit."),
            "priority_areas": _("Välj ett eller flera, eller inget om du är osäker."),
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
        areas.queryset = PriorityAreaPage.objects.live().filter(locale=locale).order_by("path")
        areas.error_messages["invalid_choice"] = _("Välj bland områdena i listan.")
        self.fields["has_joined"].choices = MembershipAnswer.choices
        for name, field in self.fields.items():
            limit = getattr(field, "max_length", None)
            if limit and name != "website":
                field.error_messages["max_length"] = _(
                    "Skriv högst %(limit_value)d tecken (nu %(show_value)d)."
                )
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["maxlength"] = limit

    def clean_organisation_number(self) -> str:
        number = self.cleaned_data["organisation_number"].strip()
        return normalise_organisation_number(number) if number else ""

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
