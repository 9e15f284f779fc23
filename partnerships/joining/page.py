"""Joining the agreement online, at /overenskommelsen/anslut-er/."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.pages import BasePage
from lundsite.public_forms import EmptyForm, Responses, SubmissionLimit, take_submission
from partnerships.joining.form import JoiningForm
from partnerships.joining.models import JoiningApplication

SUBMISSIONS = SubmissionLimit(group="joining", rate="5/h")


class JoiningFormPage(RoutablePageMixin, BasePage):
    body = RichTextField(
        _("text före formuläret"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Vad det innebär att ansluta sig och vad som händer sedan."),
    )
    thank_you_text = RichTextField(
        _("tack-text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Visas efter att en förening har skickat sin anslutning."),
    )

    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("thank_you_text")]

    class Meta:
        verbose_name = _("formulär för anslutning")
        verbose_name_plural = _("formulär för anslutning")

    def _render(self, request: HttpRequest, form: JoiningForm, status: int = 200):
        return TemplateResponse(
            request,
            "partnerships/joining/form_page.html",
            {**self.get_context(request), "form": form},
            status=status,
        )

    @path("")
    def form_view(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return self._render(request, EmptyForm(JoiningForm))
        thanks = self.url + self.reverse_subpage("thanks")

        def receipt(form: JoiningForm, application: JoiningApplication | None) -> HttpResponse:
            return HttpResponseRedirect(thanks)

        def invalid(form: JoiningForm) -> HttpResponse:
            return self._render(request, form, status=400)

        form = JoiningForm(request.POST, request.FILES)
        return take_submission(
            request, form, SUBMISSIONS, Responses.on_page(self, request, receipt, invalid)
        )

    @path("tack/", name="thanks")
    def thanks_view(self, request: HttpRequest) -> HttpResponse:
        response = TemplateResponse(
            request, "partnerships/joining/thanks.html", self.get_context(request)
        )
        response["X-Robots-Tag"] = "noindex"
        return response
