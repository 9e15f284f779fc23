"""The public register of IOP agreements at /iop/, with its open-data exports and feed."""

import hashlib

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Locale

from lundsite import cache_tags
from lundsite.dcat import jsonld_response
from lundsite.filtered_listing import FilteredListingMixin, list_key
from lundsite.fragment_cache import site_version
from lundsite.models import ContactSettings
from lundsite.pages import BasePage
from lundsite.view_restrictions import public_pages
from partnerships.iop import dcat as iop_dcat
from partnerships.iop import exports as iop_exports
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.filters import RegisterFilterForm

FEED_TIMEOUT = 24 * 3600


class IOPRegisterPage(FilteredListingMixin, RoutablePageMixin, BasePage):
    subpage_types = ["partnerships.IOPAgreementPage"]
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

    filter_form_class = RegisterFilterForm
    listing_template = "partnerships/iop/register_page.html"

    def listing_items(self):
        return self.agreements()

    def for_listing(self, agreements):
        return agreements.for_cards()

    @path("")
    def register(self, request: HttpRequest) -> HttpResponse:
        return self.render_listing(request)

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
        form, agreements = self.filtered(request)

        def build() -> bytes:
            return iop_exports.atom_response(
                agreements.for_feed()[:50],
                request,
                self.title,
                request.build_absolute_uri(self.get_url(request)),
            ).content

        # Kept like the list it follows: per query, until an agreement is published.
        key = list_key(form, request)
        if key is None:
            content = build()
        else:
            site = request.build_absolute_uri("/")
            # Hashed: a query may be longer than a cache key should be (the fuzz sends 20,000
            # characters).
            digest = hashlib.md5(f"{site}:{key}".encode(), usedforsecurity=False).hexdigest()
            key = f"lundsite:iop-feed:{self.pk}:{site_version()}:{timezone.localdate()}:{digest}"
            content = cache_tags.cached(key, build, FEED_TIMEOUT)
        return HttpResponse(content, content_type=iop_exports.ATOM_CONTENT_TYPE)

    @re_path(r"^(?P<slug>[-\w]{1,100})/dcat\.jsonld/$", name="dcat")
    def dcat(self, request: HttpRequest, slug: str) -> HttpResponse:
        """The page about the data, as DCAT-AP-SE (/iop/om-datan/dcat.jsonld), described
        from the Swedish pages so both languages' addresses give the same document."""
        about = self.about_pages().filter(slug=slug).specific().first()
        if about is None:
            raise Http404
        source = about.get_translation_or_none(Locale.get_default()) or about
        register = self.get_translation_or_none(source.locale) or self
        contact = ContactSettings.for_request(request)
        return jsonld_response(iop_dcat.register_catalog(register, source, request, contact))
