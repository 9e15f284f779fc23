"""Wagtail's walk down the tree, with the pages on the address read in one query.

Wagtail finds the page at `/a/b/c/` by loading each page on the way and then its specific
object, two queries a step: five to seven for an agreement or an English page. The pages
on the way are the reader's home page, its child with the slug `a`, that one's child `b`
and so on: one query for the pages one step below the home page with slug `a`, two steps
below with `b`, ..., and one more for the deepest page's own type.

Wagtail's rules stay Wagtail's: the deepest page's own `route` answers the rest of the
address (a routable page's sub-pages, a 404), and wherever the walk could have turned off
earlier (a routable page on the way whose sub-pages match what follows it, a page type
with a `route` of its own, an unpublished home) the answer is "ask Wagtail".
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from lundsite.locales import active_locale
from lundsite.page_sql import page_by_id, pages_where, translation_key_param

ASK_WAGTAIL = object()
# Deeper than any page of the site: a longer address (the fuzz sends thousands of segments)
# would make a query of thousands of terms, where Wagtail's walk stops at the first miss.
MAX_STEPS = 10


def route(request: HttpRequest, site: Site, components: list[str]) -> RouteResult | object | None:
    """What `Page.route_for_request` would answer (a route, or None for a 404), or
    `ASK_WAGTAIL` when this shortcut cannot tell."""
    if not components:
        return ASK_WAGTAIL  # A home page: Wagtail's own way is as short.
    if len(components) > MAX_STEPS:
        return ASK_WAGTAIL
    chain = _pages_on_the_way(site.root_page, components)
    if chain is None:
        return ASK_WAGTAIL
    for step, page in enumerate(chain[:-1]):
        if _may_turn_off(page, components[step:]):
            return ASK_WAGTAIL
    deepest = _as_own_type(chain[-1])
    locale = active_locale()
    if deepest.locale_id == locale.pk:
        deepest.locale = locale  # Read on most pages (forms, the language switcher).
    if len(chain) > 1:
        # As Wagtail's walk does: the breadcrumbs and the forms ask for the parent.
        deepest._cached_parent_obj = chain[-2]
    try:
        return deepest.route(request, components[len(chain) - 1 :])
    except Http404:
        return None


def _as_own_type(page: Page) -> Page:
    """`page.specific`, with the query Django put together for the type the last time."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    found = page_by_id(model, page.pk)
    return found if found is not None else page.specific


def _pages_on_the_way(root: Page, components: list[str]) -> list[Page] | None:
    """The reader's home page and the pages below it on the address, top down; None when
    the tree is not as the shortcut needs it (an untranslated or unpublished home)."""
    candidates = pages_where(*_candidates_query(root, components), order_by="depth, path")
    home = next((page for page in candidates if page.depth == root.depth), None)
    # Wagtail's `.localized` walks from the site's own home instead: leave that to it.
    if home is None or (home.pk != root.pk and not home.live):
        return None
    chain = [home]
    for step, slug in enumerate(components, start=1):
        child = next(
            (
                page
                for page in candidates
                if page.depth == home.depth + step
                and page.slug == slug
                and page.is_child_of(chain[-1])
            ),
            None,
        )
        if child is None:
            break
        chain.append(child)
    return chain


def _candidates_query(root: Page, components: list[str]) -> tuple[str, list]:
    """The reader's home page and every page with a slug of the address at its depth.

    By slug and depth, which are indexed (a page's `url_path` is not): a few pages of other
    parts of the tree may share a slug at that depth, and are left out by the caller. In
    SQL (lundsite.page_sql): built with the ORM, the query took longer to put together
    than to run."""
    conditions = ["(translation_key = %s AND locale_id = %s)"]
    params: list = [translation_key_param(root.translation_key), active_locale().pk]
    for step, slug in enumerate(components, start=1):
        conditions.append("(depth = %s AND slug = %s)")
        params += [root.depth + step, slug]
    return " OR ".join(conditions), params


def _may_turn_off(page: Page, rest: list[str]) -> bool:
    """Whether Wagtail's walk could leave the tree at this page, before the next one."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    if model is None:
        return True
    if model.route is Page.route:
        return False
    if model.route is not RoutablePageMixin.route:
        return True
    if not page.live:
        return False  # A routable page that is not live walks on to its children.
    try:
        model.get_resolver().resolve("/" + "".join(part + "/" for part in rest))
    except Resolver404:
        return False
    return True
