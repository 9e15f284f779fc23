"""The föreningslots' page at /foreningslotsen/: contact details and the idea form."""

import re

from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.filtered_listing import FilteredListingMixin, cached_choices
from lundsite.language_routes import OneAddressPerLanguageMixin
from lundsite.pages import BasePage
from lundsite.public_forms import EmptyForm, Responses, SubmissionLimit, take_submission
from partnerships.initiatives.form import InitiativeForm
from partnerships.initiatives.models import Initiative
from partnerships.initiatives.public_list import (
    IdeaFilterForm,
    PublicIdea,
    priority_areas,
    public_ideas,
)
from partnerships.parties import contact_paths_by_area

SUBMISSIONS = SubmissionLimit(group="initiative", rate="5/h")
RECEIPT_SALT = "initiative-receipt"
# A receipt link shows the reference for a day; after that the e-mail is the proof.
RECEIPT_MAX_AGE = 60 * 60 * 24
REFERENCE = re.compile(r"SI-\d{4}-\d{4,6}")


class InitiativeFormPage(
    FilteredListingMixin, OneAddressPerLanguageMixin, RoutablePageMixin, BasePage
):
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

    ideas_intro = RichTextField(
        _("text före listan över idéer"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Visas överst på sidan med idéer som visas öppet."),
    )

    subpage_types: list[str] = []
    max_count_per_parent = 1
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("thank_you_text"),
        FieldPanel("ideas_intro"),
    ]

    filter_form_class = IdeaFilterForm
    listing_template = "partnerships/initiatives/ideas_page.html"

    def listing_items(self):
        return Initiative.objects.public()

    def for_listing(self, ideas):
        return ideas.select_related("iop_agreement").prefetch_related("priority_areas")

    def ideas_url(self) -> str:
        name = "ideas" if self.language_code == "sv" else "ideas_en"
        return self.url + self.reverse_subpage(name)

    def idea_url(self, reference: str) -> str:
        name = "idea" if self.language_code == "sv" else "idea_en"
        return self.url + self.reverse_subpage(name, kwargs={"reference": reference})

    @classmethod
    def ideas_of_organisation(
        cls, organisation_number: str, locale_id: int
    ) -> list[tuple[PublicIdea, str]]:
        """The shown ideas sent under an organisation's number, newest first, each with the
        address of its page in the language. For the organisation's page, which finds this
        model by its label: an idea names its organisation only by name and number."""
        if not organisation_number:
            return []
        initiatives = list(
            Initiative.objects.public()
            .of_organisation_number(organisation_number)
            .select_related("iop_agreement")
            .prefetch_related("priority_areas")
            .order_by("-created_at", "-pk")
        )
        if not initiatives:
            return []
        # Where the list answers changes only when a page is published: kept per site
        # version, so that an organisation's page looks for this page no more than once.
        ideas_url = cached_choices("ideas-url", locale_id, lambda: cls._ideas_url_in(locale_id))
        if not ideas_url:
            return []
        return [
            (idea, f"{ideas_url}{idea.reference}/") for idea in public_ideas(initiatives, locale_id)
        ]

    @classmethod
    def _ideas_url_in(cls, locale_id: int) -> str:
        page = cls.objects.live().filter(locale_id=locale_id).first()
        return page.ideas_url() if page else ""

    def example_item_urls(self) -> list[str]:
        """The newest idea shown in public, if any, for `make bench` and the query budget
        (lundsite.benchmark)."""
        newest = Initiative.objects.public().order_by("-created_at", "-pk")
        reference = newest.values_list("reference", flat=True).first()
        return [self.idea_url(reference)] if reference else []

    class Meta:
        verbose_name = _("föreningslotsens formulär")
        verbose_name_plural = _("föreningslotsens formulär")

    def _render(self, request: HttpRequest, form: InitiativeForm, status: int = 200):
        return TemplateResponse(
            request,
            "partnerships/initiatives/form_page.html",
            {
                **self.get_context(request),
                "form": form,
                # Called by the template only when the form's cached fragment is missing.
                # The form's areas, as the filters keep them.
                "area_contacts": lambda: contact_paths_by_area(
                    priority_areas(self.locale_id).values(), self.locale_id, request
                ),
            },
            status=status,
        )

    @path("")
    def form_view(self, request: HttpRequest) -> HttpResponse:
        locale = self.locale
        if request.method != "POST":
            return self._render(request, EmptyForm(lambda: InitiativeForm(locale=locale)))
        thanks = self.url + self.reverse_subpage("thanks")

        def receipt(form: InitiativeForm, initiative: Initiative | None) -> HttpResponse:
            if initiative is None:
                return HttpResponseRedirect(thanks)
            return HttpResponseRedirect(
                f"{thanks}?kvitto={signing.dumps(initiative.reference, salt=RECEIPT_SALT)}"
            )

        def invalid(form: InitiativeForm) -> HttpResponse:
            return self._render(request, form, status=400)

        form = InitiativeForm(request.POST, locale=locale)
        responses = Responses.on_page(self, request, receipt, invalid)
        return take_submission(request, form, SUBMISSIONS, responses)

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
            "partnerships/initiatives/thanks.html",
            {**self.get_context(request), "reference": reference},
        )
        response["X-Robots-Tag"] = "noindex"
        return response

    @path("ideer/", name="ideas")
    @path("ideas/", name="ideas_en")
    def ideas_view(self, request: HttpRequest) -> HttpResponse:
        response = self.render_listing(request)
        results = response.context_data["results"]
        response.context_data["ideas"] = SimpleLazyObject(
            lambda: public_ideas(list(results), self.locale_id)
        )
        return response

    @path("ideer/<str:reference>/", name="idea")
    @path("ideas/<str:reference>/", name="idea_en")
    def idea_view(self, request: HttpRequest, reference: str) -> HttpResponse:
        if not REFERENCE.fullmatch(reference):
            raise Http404
        initiative = (
            Initiative.objects.public()
            .select_related("iop_agreement")
            .prefetch_related("priority_areas")
            .filter(reference=reference)
            .first()
        )
        if initiative is None:
            raise Http404
        [idea] = public_ideas([initiative], self.locale_id)
        return TemplateResponse(
            request,
            "partnerships/initiatives/idea_page.html",
            {**self.get_context(request), "idea": idea},
        )
