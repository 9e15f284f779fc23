"""Wagtail's site root paths (what turns a page's tree address into its URL) in one query.

Every page URL Wagtail makes needs the list of sites with the home page of each in every
language. Wagtail reads it with one query for the sites and one more per site for the
home page's translations, then keeps it in the cache: two queries on every page made with
a cold cache. One query with joins gives the same list, in the same order, kept under
Wagtail's own key (which Wagtail deletes when a site or home page changes).
"""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.models import Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

KEEP_SECONDS = 3600  # As Wagtail keeps it.

# Sites as Wagtail orders them (most specific home page first), each with its home page's
# translations in tree order.
QUERY = """
SELECT site.id, site.hostname, site.port, home.url_path, locale.language_code
FROM wagtailcore_site site
JOIN wagtailcore_page root ON root.id = site.root_page_id
JOIN wagtailcore_page home ON home.translation_key = root.translation_key
JOIN wagtailcore_locale locale ON locale.id = home.locale_id
ORDER BY root.url_path DESC, site.is_default_site DESC, site.hostname, home.path
"""

_wagtails_own = Site.get_site_root_paths


def site_root_paths() -> list[SiteRootPath]:
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return _wagtails_own()
    kept = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if kept is not None:
        # Redis gives the named tuples back as plain ones.
        return [SiteRootPath(*path) for path in kept]
    with connection.cursor() as cursor:
        cursor.execute(QUERY)
        rows = cursor.fetchall()
    paths = [
        SiteRootPath(site_id, url_path, Site(hostname=hostname, port=port).root_url, language)
        for site_id, hostname, port, url_path, language in rows
    ]
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, paths, KEEP_SECONDS, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return paths


def install() -> None:
    """From AppConfig.ready."""
    Site.get_site_root_paths = staticmethod(site_root_paths)
