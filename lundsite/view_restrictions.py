"""Which parts of the tree are private, read once per site version instead of once per list.

Wagtail's `PageQuerySet.public()` reads every view restriction each time it is called; a page
that shows three lists of pages would read them three times. Restrictions change rarely, and
changing one moves the site version on (lundsite.fragment_cache), so the paths are cached
under that version, and kept in each process's memory (lundsite.site_memory).
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from lundsite import site_memory
from lundsite.fragment_cache import site_version


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages whose section only some may see."""
    return site_memory.remembered("restricted-paths", (), _kept_paths)


def _kept_paths() -> tuple[str, ...]:
    key = f"lundsite:restricted-paths:{site_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        # A day at most: every publish makes a new key, and old ones must not pile up.
        cache.set(key, paths, timeout=24 * 3600)
    return paths


def private_q() -> Q:
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    # Match no page when nothing is private, as Wagtail's own does.
    return q if q else Q(pk__in=[])


def public_pages(pages: PageQuerySet) -> PageQuerySet:
    """`pages.public()` for any page queryset, with the cached paths."""
    return pages.exclude(private_q())


class CachedRestrictionsQuerySet(PageQuerySet):
    """A page queryset whose `public()` uses the cached paths."""

    def private_q(self) -> Q:
        return private_q()
