"""The public form for joining the agreement, with the board's minutes as a PDF."""

import datetime
import logging

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

from lundsite.models import ContactSettings
from lundsite.public_forms import PublicForm
from partnerships.joining.models import APPLICANT_FIELDS, JoiningApplication
from partnerships.validators import normalise_organisation_number

MAX_MINUTES_BYTES = 10 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
# Associations older than this would have sent their decision on paper long ago.
EARLIEST_DECISION = datetime.date(1900, 1, 1)
NOT_A_PDF = _("Filen är inte en PDF. Spara protokollet som PDF och försök igen.")

logger = logging.getLogger(__name__)


def is_readable_pdf(upload: UploadedFile) -> bool:
    """Whether the file is a PDF by what it holds, not by its name or the browser's word:
    it starts as a PDF does and a PDF library can read its pages."""
    upload.seek(0)
    try:
        if upload.read(len(PDF_MAGIC)) != PDF_MAGIC:
            return False
        upload.seek(0)
        return len(PdfReader(upload).pages) > 0
    except Exception:  # noqa: BLE001 — pypdf raises many kinds of error on a broken file
        logger.info("An uploaded file that starts as a PDF could not be read as one")
        return False
    finally:
        upload.seek(0)


class JoiningForm(PublicForm, forms.ModelForm):
    consent_label = _("Jag har läst hur kommunen hanterar personuppgifterna i anslutningen.")

    class Meta:
        model = JoiningApplication
        fields = [*APPLICANT_FIELDS, "minutes"]
        labels = {
            "organisation_name": _("Föreningens namn"),
            "organisation_number": _("Organisationsnummer"),
            "contact_name": _("Kontaktperson"),
            "email": _("E-post"),
            "phone": _("Telefon"),
            "decision_date": _("Datum för styrelsens beslut"),
            "minutes": _("Protokoll från styrelsens möte (PDF)"),
        }
        help_texts = {
            "organisation_number": _("Tio siffror, till exempel 802000-1239."),
            "email": _("Vi skickar en bekräftelse och beslutet hit."),
            "decision_date": _("Skriv datumet så här: 2026-03-15."),
            "minutes": _("Protokollet där styrelsen beslutar att ansluta sig. Högst 10 MB."),
        }
        widgets = {
            "decision_date": forms.DateInput(attrs={"type": "date"}),
            "minutes": forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
        }
        error_messages = {
            "organisation_name": {"required": _("Skriv föreningens namn.")},
            "organisation_number": {"required": _("Skriv föreningens organisationsnummer.")},
            "contact_name": {"required": _("Skriv namnet på en kontaktperson.")},
            "email": {
                "required": _("Skriv din e-postadress."),
                "invalid": _("Skriv e-postadressen så här: namn@exempel.se."),
            },
            "phone": {"required": _("Skriv ett telefonnummer.")},
            "decision_date": {
                "required": _("Skriv datumet för styrelsens beslut."),
                "invalid": _("Skriv datumet så här: 2026-03-15."),
            },
            "minutes": {
                "required": _("Välj protokollet som en PDF-fil."),
                "invalid": NOT_A_PDF,
                "empty": _("Filen är tom. Välj protokollet igen."),
            },
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Blank in the model, as the file is deleted after the retention period; required here.
        self.fields["minutes"].required = True
        # The stored name is made by us (minutes_path); the sender's file name may be long.
        self.fields["minutes"].max_length = None

    def clean_organisation_number(self) -> str:
        return normalise_organisation_number(self.cleaned_data["organisation_number"])

    def clean_decision_date(self) -> datetime.date:
        date = self.cleaned_data["decision_date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("Beslutet kan inte ha fattats i framtiden."))
        if date < EARLIEST_DECISION:
            raise forms.ValidationError(_("Kontrollera året för beslutet."))
        return date

    def clean_minutes(self) -> UploadedFile:
        minutes = self.cleaned_data["minutes"]
        if minutes.size > MAX_MINUTES_BYTES:
            raise forms.ValidationError(
                _("Filen är för stor. Den får vara högst 10 MB. Pröva att spara den mindre.")
            )
        if not is_readable_pdf(minutes):
            raise forms.ValidationError(NOT_A_PDF)
        return minutes

    def submit(self, request: HttpRequest) -> JoiningApplication:
        application = self.save(commit=False)
        application.language = translation.get_language() or "sv"
        application.save()
        application.send_confirmations(ContactSettings.for_request(request).kommunkontoret_email)
        return application
