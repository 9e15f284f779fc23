"""Frivilligkraft's page at /frivilligkraft/: open assignments, and the form to post one."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.filtered_listing import FilteredListingMixin
from lundsite.language_routes import OneAddressPerLanguageMixin
from lundsite.pages import BasePage
from lundsite.public_forms import EmptyForm, Responses, SubmissionLimit, take_submission
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.filters import AssignmentFilterForm
from partnerships.frivilligkraft.posting import PostAssignmentForm

POSTINGS = SubmissionLimit(group="assignment", rate="5/h")


class AssignmentIndexPage(
    FilteredListingMixin, OneAddressPerLanguageMixin, RoutablePageMixin, BasePage
):
    body = RichTextField(
        _("text om Frivilligkraft"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Visas under listan: vad Frivilligkraft är och hur det går till."),
    )
    posting_intro = RichTextField(
        _("text före formuläret för nya uppdrag"),
        features=RICH_TEXT_FEATURES,
        blank=True,
    )
    posting_thanks = RichTextField(
        _("tack-text för nya uppdrag"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Visas när någon har skickat ett uppdrag."),
    )

    subpage_types = ["partnerships.AssignmentPage"]
    max_count_per_parent = 1
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("posting_intro"),
        FieldPanel("posting_thanks"),
    ]

    class Meta:
        verbose_name = _("Frivilligkrafts uppdragslista")
        verbose_name_plural = _("Frivilligkrafts uppdragslistor")

    filter_form_class = AssignmentFilterForm
    listing_template = "partnerships/frivilligkraft/index_page.html"

    def assignments(self):
        return AssignmentPage.objects.child_of(self).open().public()

    def listing_items(self):
        return self.assignments()

    def for_listing(self, assignments):
        return assignments.select_related("category")

    @path("")
    def listing(self, request: HttpRequest) -> HttpResponse:
        return self.render_listing(request)

    def posting_url(self) -> str:
        name = "post" if self.language_code == "sv" else "post_en"
        return self.url + self.reverse_subpage(name)

    @path("lagg-upp-uppdrag/", name="post")
    @path("post-an-assignment/", name="post_en")
    def post(self, request: HttpRequest) -> HttpResponse:
        locale = self.locale
        if request.method != "POST" or request.GET.get("tack") == "1":
            thanked = request.GET.get("tack") == "1"
            empty = EmptyForm(lambda: PostAssignmentForm(locale=locale))
            return self._render_post(request, empty, thanked=thanked)

        def receipt(form: PostAssignmentForm, page: AssignmentPage | None) -> HttpResponse:
            return HttpResponseRedirect(self.posting_url() + "?tack=1")

        def invalid(form: PostAssignmentForm) -> HttpResponse:
            return self._render_post(request, form, status=400)

        form = PostAssignmentForm(request.POST, locale=locale, index=self)
        responses = Responses.on_page(self, request, receipt, invalid)
        return take_submission(request, form, POSTINGS, responses)

    def _render_post(self, request, form, thanked: bool = False, status: int = 200):
        return TemplateResponse(
            request,
            "partnerships/frivilligkraft/post_page.html",
            {**self.get_context(request), "form": form, "thanked": thanked},
            status=status,
        )
