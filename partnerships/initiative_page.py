"""The föreningslots' page at /foreningslotsen/: contact details and the idea form."""

from django.core import signing
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.models import ContactSettings
from lundsite.pages import BasePage
from lundsite.submission_limit import SubmissionLimit
from partnerships.initiative_form import InitiativeForm

SUBMISSIONS = SubmissionLimit(group="initiative", rate="5/h")
RECEIPT_SALT = "initiative-receipt"
# A receipt link shows the reference for a day; after that the e-mail is the proof.
RECEIPT_MAX_AGE = 60 * 60 * 24


class InitiativeFormPage(RoutablePageMixin, BasePage):
    body = RichTextField(
        _("text före formuläret"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Vad föreningslotsen kan hjälpa till med och vad som händer med idén."),
    )
    thank_you_text = RichTextField(
        _("tack-text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Visas efter att någon har skickat en idé, under referensnumret."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("thank_you_text")]

    class Meta:
        verbose_name = _("föreningslotsens formulär")
        verbose_name_plural = _("föreningslotsens formulär")

    def _render(self, request: HttpRequest, form: InitiativeForm, status: int = 200):
        return TemplateResponse(
            request,
            "partnerships/initiative_form_page.html",
            {**self.get_context(request), "form": form},
            status=status,
        )

    @path("")
    def form_view(self, request: HttpRequest) -> HttpResponse:
        locale = Locale.objects.get(pk=self.locale_id)
        if request.method != "POST":
            return self._render(request, InitiativeForm(locale=locale))
        if SUBMISSIONS.is_reached(request):
            return TemplateResponse(request, "429.html", {**self.get_context(request)}, status=429)
        form = InitiativeForm(request.POST, locale=locale)
        if form.is_spam:
            # Answer as if all went well, so the bot learns nothing.
            return HttpResponseRedirect(self.url + self.reverse_subpage("thanks"))
        if not form.is_valid():
            return self._render(request, form, status=400)
        SUBMISSIONS.count(request)
        initiative = form.save(commit=False)
        initiative.language = translation.get_language() or "sv"
        initiative.save()
        form.save_m2m()
        initiative.send_confirmations(ContactSettings.for_request(request).foreningslots_email)
        receipt = signing.dumps(initiative.reference, salt=RECEIPT_SALT)
        return HttpResponseRedirect(
            self.url + self.reverse_subpage("thanks") + f"?kvitto={receipt}"
        )

    @path("tack/", name="thanks")
    def thanks_view(self, request: HttpRequest) -> HttpResponse:
        try:
            reference = signing.loads(
                request.GET.get("kvitto", ""), salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE
            )
        except signing.BadSignature:
            reference = None
        response = TemplateResponse(
            request,
            "partnerships/initiative_thanks.html",
            {**self.get_context(request), "reference": reference},
        )
        response["X-Robots-Tag"] = "noindex"
        return response
