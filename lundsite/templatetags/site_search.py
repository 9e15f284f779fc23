"""The search field in the header of every page, and the search page it leads to."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.simple_tag
def search_page() -> Page | None:
    """The search page in the reader's language, or None while there is none."""
    from lundsite.search_page import SearchPage

    language = get_language() or settings.LANGUAGE_CODE
    return SearchPage.objects.live().filter(locale__language_code=language).first()
