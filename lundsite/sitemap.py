"""/sitemap.xml with the pages of both languages, each naming its translations
(xhtml:link hreflang), and /robots.txt, which points to it."""

from collections import defaultdict

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from lundsite.search_page import SearchPage


class BilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the pages under one home page; ours lists every language's."""

    def items(self):
        site = self.get_wagtail_site()
        under_a_home = Q()
        for home in site.root_page.get_translations(inclusive=True):
            under_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(under_a_home)
            .live()
            .public()
            # A search page without a query says nothing a search engine should keep.
            .not_type(SearchPage)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _address(self, page: Page) -> str | None:
        url = page.get_url(self.request)
        return self.request.build_absolute_uri(url) if url else None

    def _urls(self, page, protocol, domain):
        # One sitemap page holds 50,000 addresses, so a page and its translations are
        # always on the same one.
        pages = list(self.paginator.page(page).object_list)
        addresses = {item.pk: self._address(item) for item in pages}
        languages = defaultdict(list)
        for item in pages:
            if addresses[item.pk]:
                languages[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": addresses[item.pk]}
                )
        urls = []
        for item in pages:
            if not addresses[item.pk]:
                continue
            alternates = languages[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": addresses[item.pk],
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": "",
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        dates = [url["lastmod"] for url in urls if url["lastmod"]]
        if dates:
            # Django's view sends it as the Last-Modified header.
            self.latest_lastmod = max(dates)
        return urls


def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap(request, sitemaps={"pages": BilingualSitemap})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
