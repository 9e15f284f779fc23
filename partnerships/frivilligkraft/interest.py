"""A volunteer's interest in an assignment: stored, passed on by mail, and followed up.

Volunteers most often complain that nobody answers. Every interest is therefore stored
first, its organiser is mailed through the site (their address stays hidden), and an
interest unanswered after five working days earns the organiser one reminder.
"""

import datetime

from django import forms
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from lundsite.models import ContactSettings
from lundsite.outbox import queue_email
from lundsite.public_forms import EmptyForm, PublicForm, Responses, SubmissionLimit, take_submission
from lundsite.working_days import working_days_ago

ANSWER_WITHIN_WORKING_DAYS = 5
INTERESTS = SubmissionLimit(group="interest", rate="10/h")


class InterestQuerySet(models.QuerySet):
    def unanswered(self):
        return self.filter(answered_at__isnull=True)

    def waiting_too_long(self, today: datetime.date | None = None):
        """Unanswered for more than five working days."""
        limit = working_days_ago(ANSWER_WITHIN_WORKING_DAYS, today or timezone.localdate())
        return self.unanswered().filter(created_at__date__lt=limit)

    def due_for_reminder(self, today: datetime.date | None = None):
        """Waiting too long and not yet reminded: an organiser is reminded once."""
        return self.waiting_too_long(today).filter(reminded_at__isnull=True)

    def due_for_removal(self, months: int, today: datetime.date | None = None):
        """Interests in assignments whose last day passed longer ago than the retention
        period (the privacy notice promises this)."""
        limit = (today or timezone.localdate()) - datetime.timedelta(days=round(months * 30.44))
        return self.filter(assignment__last_day__lt=limit)


class Interest(models.Model):
    assignment = models.ForeignKey(
        "partnerships.AssignmentPage",
        verbose_name=_("uppdrag"),
        on_delete=models.CASCADE,
        related_name="interests",
    )
    name = models.CharField(_("namn"), max_length=120)
    email = models.EmailField(_("e-post"))
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    message = models.TextField(_("meddelande"), max_length=2000)
    language = models.CharField(_("språk"), max_length=8, default="sv", editable=False)
    created_at = models.DateTimeField(_("skickad"), auto_now_add=True)
    answered_at = models.DateTimeField(
        _("besvarad"),
        null=True,
        blank=True,
        help_text=_("Fyll i när arrangören har svarat volontären."),
    )
    reminded_at = models.DateTimeField(_("påminnelse skickad"), null=True, blank=True)

    objects = InterestQuerySet.as_manager()

    class Meta:
        verbose_name = _("intresseanmälan")
        verbose_name_plural = _("intresseanmälningar")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name}: {self.assignment.title}"

    def send_mails(self, frivilligkraft_email: str) -> None:
        """The organiser gets the interest, the volunteer a receipt, Frivilligkraft a copy."""
        context = {"interest": self, "assignment": self.assignment}
        organiser = self.assignment.contact_email
        queue_email(
            "partnerships/frivilligkraft/email/interest_to_organiser",
            context,
            to=[organiser],
            language="sv",
            reply_to=[self.email],
        )
        queue_email(
            "partnerships/frivilligkraft/email/interest_receipt",
            context,
            to=[self.email],
            language=self.language,
            reply_to=[frivilligkraft_email],
        )
        queue_email(
            "partnerships/frivilligkraft/email/interest_to_organiser",
            {**context, "is_copy": True},
            to=[frivilligkraft_email],
            language="sv",
            reply_to=[self.email],
        )

    def remind_organiser(self) -> None:
        queue_email(
            "partnerships/frivilligkraft/email/interest_reminder",
            {"interest": self, "assignment": self.assignment},
            to=[self.assignment.contact_email],
            language="sv",
            reply_to=[self.email],
        )
        self.reminded_at = timezone.now()
        self.save(update_fields=["reminded_at"])


class InterestForm(PublicForm, forms.ModelForm):
    consent_label = _("Jag har läst hur kommunen hanterar mina personuppgifter.")

    class Meta:
        model = Interest
        fields = ["name", "email", "phone", "message"]
        labels = {
            "name": _("Ditt namn"),
            "email": _("Din e-post"),
            "phone": _("Telefon (om du vill)"),
            "message": _("Berätta kort om dig själv och varför du vill hjälpa till"),
        }
        help_texts = {"email": _("Arrangören svarar dig hit.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "name": {"required": _("Skriv ditt namn.")},
            "email": {
                "required": _("Skriv din e-postadress."),
                "invalid": _("Skriv e-postadressen så här: namn@exempel.se."),
            },
            "message": {"required": _("Skriv ett kort meddelande till arrangören.")},
        }

    def __init__(self, *args, assignment=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.assignment = assignment

    def submit(self, request: HttpRequest) -> Interest:
        interest = self.save(commit=False)
        interest.assignment = self.assignment
        interest.language = translation.get_language() or "sv"
        interest.save()
        interest.send_mails(ContactSettings.for_request(request).frivilligkraft_email)
        return interest


def serve_interest_form(page, request: HttpRequest) -> HttpResponse:
    """An assignment's own page: its details and, while it is open, the interest form."""

    def render(form: InterestForm, status: int = 200) -> HttpResponse:
        return TemplateResponse(
            request,
            page.get_template(request),
            {
                **page.get_context(request),
                "form": form,
                "thanked": request.GET.get("tack") == "1",
            },
            status=status,
        )

    if request.method != "POST" or not page.is_open:
        return render(EmptyForm(InterestForm))

    def receipt(form: InterestForm, interest: Interest | None) -> HttpResponse:
        return HttpResponseRedirect(page.url + "?tack=1#tack")

    form = InterestForm(request.POST, assignment=page)
    responses = Responses.on_page(page, request, receipt, lambda form: render(form, status=400))
    return take_submission(request, form, INTERESTS, responses)
