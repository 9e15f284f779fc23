"""Anyone may post an assignment; it waits as a draft until a coordinator approves it."""

import datetime

from django import forms
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Workflow

from lundsite.models import ContactSettings
from lundsite.public_forms import PublicForm
from lundsite.slugs import ascii_slug
from partnerships.frivilligkraft.assignments import AssignmentPage, District, Schedule
from partnerships.frivilligkraft.categories import AssignmentCategory
from principles.models import PriorityAreaPage

COORDINATORS = "Frivilligkraft"
COORDINATOR_WORKFLOW = "Frivilligkrafts granskning"


class PostAssignmentForm(PublicForm, forms.Form):
    consent_label = _("Jag har läst hur kommunen hanterar personuppgifterna.")

    title = forms.CharField(label=_("Rubrik"), max_length=120)
    tasks = forms.CharField(
        label=_("Vad ska volontären göra?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    helps = forms.CharField(
        label=_("Vem hjälper volontären? (om du vill)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    category = forms.ModelChoiceField(
        label=_("Kategori"), queryset=AssignmentCategory.objects.none()
    )
    district = forms.ChoiceField(
        label=_("Var i Lund?"),
        choices=District.choices,
        help_text=_("Bara stadsdel eller ort. Adressen får volontären av dig senare."),
    )
    schedule = forms.ChoiceField(
        label=_("När?"), choices=Schedule.choices, widget=forms.RadioSelect
    )
    when = forms.CharField(
        label=_("Datum och tider, eller hur ofta"),
        max_length=200,
        help_text=_("Till exempel ”12 december kl. 10–14” eller ”varje tisdag kl. 14–16”."),
    )
    first_day = forms.DateField(
        label=_("Första dagen (om du vill)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    last_day = forms.DateField(
        label=_("Sista dagen att anmäla intresse"), widget=forms.DateInput(attrs={"type": "date"})
    )
    volunteers_wanted = forms.IntegerField(
        label=_("Hur många volontärer behövs?"), min_value=1, max_value=100, initial=1
    )
    minimum_age = forms.IntegerField(
        label=_("Lägsta ålder (om du vill)"), min_value=0, max_value=100, required=False
    )
    needs_record_extract = forms.BooleanField(
        label=_("Volontären måste visa utdrag ur belastningsregistret"), required=False
    )
    languages = forms.CharField(label=_("Språk (om du vill)"), max_length=200, required=False)
    accessibility = forms.CharField(
        label=_("Tillgänglighet (om du vill)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    priority_areas = forms.ModelMultipleChoiceField(
        label=_("Prioriterade områden (om du vill)"),
        queryset=PriorityAreaPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    is_private_person = forms.BooleanField(
        label=_("Jag lägger upp uppdraget som privatperson"),
        required=False,
        help_text=_("Då visas bara ditt förnamn på webbplatsen."),
    )
    organiser_name = forms.CharField(
        label=_("Organisationens namn, eller ditt namn om du är privatperson"), max_length=120
    )
    contact_name = forms.CharField(label=_("Kontaktperson"), max_length=120)
    contact_email = forms.EmailField(
        label=_("E-post"),
        help_text=_("Visas aldrig på webbplatsen. Hit skickar vi intresseanmälningar."),
    )
    contact_phone = forms.CharField(label=_("Telefon (om du vill)"), max_length=40, required=False)

    def __init__(self, *args, locale: Locale, index=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.index = index
        self.fields["category"].queryset = AssignmentCategory.objects.filter(locale=locale)
        self.fields["priority_areas"].queryset = (
            PriorityAreaPage.objects.live().filter(locale=locale).order_by("path")
        )
        messages = {
            "title": _("Skriv en rubrik."),
            "tasks": _("Beskriv vad volontären ska göra."),
            "category": _("Välj en kategori."),
            "district": _("Välj var i Lund uppdraget är."),
            "schedule": _("Välj om uppdraget är vid vissa tillfällen eller återkommande."),
            "when": _("Skriv datum och tider, eller hur ofta."),
            "last_day": _("Skriv sista dagen att anmäla intresse."),
            "volunteers_wanted": _("Skriv hur många volontärer som behövs."),
            "organiser_name": _("Skriv organisationens namn eller ditt namn."),
            "contact_name": _("Skriv namnet på en kontaktperson."),
            "contact_email": _("Skriv din e-postadress."),
        }
        for name, field in self.fields.items():
            if name in messages:
                field.error_messages["required"] = messages[name]
            field.error_messages.setdefault("invalid", _("Kontrollera det du har skrivit."))
        self.fields["contact_email"].error_messages["invalid"] = _(
            "Skriv e-postadressen så här: namn@exempel.se."
        )
        for name in ("first_day", "last_day"):
            self.fields[name].error_messages["invalid"] = _("Skriv datumet så här: 2026-12-31.")
        self.fields["category"].error_messages["invalid_choice"] = _("Välj en kategori i listan.")

    def clean_last_day(self) -> datetime.date:
        last_day = self.cleaned_data["last_day"]
        if last_day < timezone.localdate():
            raise forms.ValidationError(_("Sista dagen kan inte ha passerat."))
        return last_day

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("is_private_person") and cleaned.get("organiser_name"):
            cleaned["organiser_name"] = cleaned["organiser_name"].split()[0]
        return cleaned

    def create_draft(self, index) -> AssignmentPage:
        """A draft page under the list, with a coordinator's approval under way."""
        data = self.cleaned_data
        schedule = data["schedule"]
        page = AssignmentPage(
            title=data["title"],
            slug=_unique_slug(index, data["title"]),
            locale=self.locale,
            live=False,
            tasks=data["tasks"],
            helps=data["helps"],
            organiser_name=data["organiser_name"],
            category=data["category"],
            district=data["district"],
            schedule=schedule,
            recurring_description=data["when"],
            first_day=data["first_day"],
            last_day=data["last_day"],
            volunteers_wanted=data["volunteers_wanted"],
            minimum_age=data["minimum_age"],
            needs_record_extract=data["needs_record_extract"],
            languages=data["languages"],
            accessibility=data["accessibility"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data["contact_phone"],
        )
        page.priority_areas = list(data["priority_areas"])
        index.add_child(instance=page)
        revision = page.save_revision()
        workflow = Workflow.objects.filter(name=COORDINATOR_WORKFLOW, active=True).first()
        if workflow:
            workflow.start(page, user=None)
        return revision.content_object

    def submit(self, request: HttpRequest) -> AssignmentPage:
        page = self.create_draft(self.index)
        page.confirm_posting(
            ContactSettings.for_request(request).frivilligkraft_email,
            translation.get_language() or "sv",
        )
        return page


def _unique_slug(index, title: str) -> str:
    base = ascii_slug(title, max_length=60) or "uppdrag"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
