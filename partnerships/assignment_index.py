"""Frivilligkraft's page at /frivilligkraft/: open assignments, and the form to post one."""

from django.core.paginator import Paginator
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
from partnerships.assignment_list_filters import AssignmentFilterForm
from partnerships.assignment_pages import AssignmentPage
from partnerships.assignment_posting import PostAssignmentForm

PER_PAGE = 20
POSTINGS = SubmissionLimit(group="assignment", rate="5/h")


class AssignmentIndexPage(RoutablePageMixin, BasePage):
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

    parent_page_types = ["home.HomePage"]
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

    def assignments(self):
        return AssignmentPage.objects.child_of(self).open().public()

    @path("")
    def listing(self, request: HttpRequest) -> HttpResponse:
        form = AssignmentFilterForm(request.GET or None, locale=self.locale_id)
        assignments = self.assignments()
        if form.is_bound:
            assignments = form.filter(assignments)
        results = Paginator(
            assignments.soonest_first().select_related("category"), PER_PAGE
        ).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        filtered = form.is_bound and (form.is_filtered or "page" in request.GET)
        response = TemplateResponse(
            request,
            "partnerships/assignment_index_page.html",
            {
                **self.get_context(request),
                "form": form,
                "results": results,
                "query": query.urlencode(),
                "is_filtered": form.is_bound and form.is_filtered,
                "noindex": filtered,
            },
        )
        if filtered:
            response["X-Robots-Tag"] = "noindex"
        return response

    def posting_url(self) -> str:
        name = "post" if self.locale.language_code == "sv" else "post_en"
        return self.url + self.reverse_subpage(name)

    @path("lagg-upp-uppdrag/", name="post")
    @path("post-an-assignment/", name="post_en")
    def post(self, request: HttpRequest) -> HttpResponse:
        locale = Locale.objects.get(pk=self.locale_id)
        form = PostAssignmentForm(locale=locale)
        status = 200
        if request.GET.get("tack") == "1":
            return self._render_post(request, form, thanked=True)
        if request.method == "POST":
            if POSTINGS.is_reached(request):
                return TemplateResponse(request, "429.html", self.get_context(request), status=429)
            form = PostAssignmentForm(request.POST, locale=locale)
            if form.is_spam:
                return HttpResponseRedirect(self.posting_url() + "?tack=1")
            if form.is_valid():
                POSTINGS.count(request)
                page = form.create_draft(self)
                form.send_mails(
                    page,
                    ContactSettings.for_request(request).frivilligkraft_email,
                    translation.get_language() or "sv",
                )
                return HttpResponseRedirect(self.posting_url() + "?tack=1")
            status = 400
        return self._render_post(request, form, status=status)

    def _render_post(self, request, form, thanked: bool = False, status: int = 200):
        return TemplateResponse(
            request,
            "partnerships/assignment_post_page.html",
            {**self.get_context(request), "form": form, "thanked": thanked},
            status=status,
        )
