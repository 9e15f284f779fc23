"""The public register of IOP agreements at /iop/, with its open-data exports and feed."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from lundsite.pages import BasePage
from lundsite.view_restrictions import public_pages
from partnerships import iop_exports
from partnerships.iop_agreements import IOPAgreementPage
from partnerships.iop_filters import RegisterFilterForm

PER_PAGE = 20


class IOPRegisterPage(RoutablePageMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partnerships.IOPAgreementPage", "home.ContentPage"]
    max_count_per_parent = 1
    content_panels = BasePage.content_panels

    class Meta:
        verbose_name = _("IOP-register")
        verbose_name_plural = _("IOP-register")

    def agreements(self):
        return IOPAgreementPage.objects.child_of(self).live().public()

    def about_pages(self):
        """Pages under the register that are not agreements, such as the dataset description."""
        return public_pages(self.get_children().live()).not_type(IOPAgreementPage)

    def filtered(self, request: HttpRequest) -> tuple[RegisterFilterForm, object]:
        form = RegisterFilterForm(request.GET or None, locale=self.locale_id)
        agreements = self.agreements() if not form.is_bound else form.filter(self.agreements())
        if not form.is_bound:
            agreements = agreements.newest_first()
        return form, agreements

    @path("")
    def register(self, request: HttpRequest) -> HttpResponse:
        form, agreements = self.filtered(request)
        results = Paginator(agreements.for_cards(), PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        response = TemplateResponse(
            request,
            "partnerships/iop_register_page.html",
            {
                **self.get_context(request),
                "form": form,
                "results": results,
                "query": query.urlencode(),
                "is_filtered": form.is_bound and form.is_filtered,
            },
        )
        if form.is_bound and (form.is_filtered or "page" in request.GET):
            # Filtered views are endless in number and say nothing the register doesn't.
            response["X-Robots-Tag"] = "noindex"
        return response

    def _records(self, request: HttpRequest):
        _form, agreements = self.filtered(request)
        return [iop_exports.agreement_record(a, request) for a in agreements.with_parties()]

    @re_path(r"^export\.csv/$", name="export_csv")
    def export_csv(self, request: HttpRequest) -> HttpResponse:
        return iop_exports.csv_response(self._records(request), "iop-avtal")

    @re_path(r"^export\.xlsx/$", name="export_xlsx")
    def export_xlsx(self, request: HttpRequest) -> HttpResponse:
        return iop_exports.xlsx_response(self._records(request), "iop-avtal")

    @re_path(r"^export\.json/$", name="export_json")
    def export_json(self, request: HttpRequest) -> HttpResponse:
        meta = {
            "publisher": "Lunds kommun",
            "license": "https://creativecommons.org/publicdomain/zero/1.0/",
            "source": request.build_absolute_uri(self.get_url(request)),
        }
        return iop_exports.json_response(self._records(request), meta)

    @re_path(r"^feed/$", name="feed")
    def feed(self, request: HttpRequest) -> HttpResponse:
        _form, agreements = self.filtered(request)
        return iop_exports.atom_response(
            agreements.with_parties()[:50],
            request,
            self.title,
            request.build_absolute_uri(self.get_url(request)),
        )
