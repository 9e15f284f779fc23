"""The search field in the header of every page, and the search page it leads to."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from lundsite import top_of_tree

register = template.Library()


@register.simple_tag(takes_context=True)
def search_page(context) -> Page | None:
    """The search page in the reader's language, or None while there is none: a child of
    the home page as a rule, found among the top of the tree without a query."""
    from lundsite.search_page import SearchPage

    found = top_of_tree.for_request(context["request"]).first_live(SearchPage)
    if found is not None:
        return found
    language = get_language() or settings.LANGUAGE_CODE
    return SearchPage.objects.live().filter(locale__language_code=language).first()
