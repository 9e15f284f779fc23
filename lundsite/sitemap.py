"""/sitemap.xml with the pages of both languages, each naming its translations
(xhtml:link hreflang), and /robots.txt, which points to it.

A page that answers at addresses of its own below it (an organisation's page under the
organisations' index page) names them with `sitemap_subpages`, each with a key that its
translation shares, so that they are listed and paired the same way."""

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import NamedTuple, Protocol

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from lundsite.search_page import SearchPage


class HasSubpages(Protocol):
    def sitemap_subpages(self) -> Iterable[tuple[str, Hashable]]:
        """(the address below the page's own, e.g. `pro/`; a key that the same sub-page of
        the page's translation shares, e.g. the organisation's translation_key)."""
        ...


class Entry(NamedTuple):
    page: Page
    location: str
    key: Hashable
    lastmod: object


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

    def _entries(self, pages: list[Page]) -> Iterator[Entry]:
        for item in pages:
            address = self._address(item)
            if not address:
                continue
            yield Entry(item, address, item.translation_key, self.lastmod(item))
            if hasattr(item.specific_class, "sitemap_subpages"):
                subpages: HasSubpages = item.specific
                for route, key in subpages.sitemap_subpages():
                    # No date of their own: what they show changes with other things.
                    yield Entry(item, address + route, (item.translation_key, key), None)

    def _urls(self, page, protocol, domain):
        # One sitemap page holds 50,000 addresses, so a page and its translations are
        # always on the same one.
        entries = list(self._entries(list(self.paginator.page(page).object_list)))
        languages = defaultdict(list)
        for entry in entries:
            languages[entry.key].append(
                {"lang_code": entry.page.locale.language_code, "location": entry.location}
            )
        urls = []
        for entry in entries:
            alternates = languages[entry.key]
            urls.append(
                {
                    "item": entry.page,
                    "location": entry.location,
                    "lastmod": entry.lastmod,
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
