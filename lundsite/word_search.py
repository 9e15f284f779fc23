"""The one way the site searches text: site search and the lists' free-text filter (`q`).

Both go through Wagtail's search index (lundsite/search_backend.py), so a word finds its
forms everywhere alike: "avtal" finds "avtalet" in the register as on /sok/.
"""

import re

from django.db.models import QuerySet
from modelsearch.backends.base import BaseSearchResults

MAX_QUERY_LENGTH = 100


def search_terms(query: str) -> str:
    """Only the words: SQLite's full-text search reads quotes, brackets and stars as syntax
    (a stray quote is an error), and reads AND, OR and NOT in capitals as operators."""
    return " ".join(re.findall(r"\w+", query.lower()[:MAX_QUERY_LENGTH]))


def ranked(items: QuerySet, query: str) -> BaseSearchResults | QuerySet:
    """The items that hold every word of the query, best first (titles first)."""
    terms = search_terms(query)
    if not terms:
        return items.none()
    return items.search(terms, operator="and")


def matching(items: QuerySet, query: str) -> QuerySet:
    """The items that hold every word of the query, as a queryset that a list filters
    further and sorts in its own order."""
    terms = search_terms(query)
    if not terms:
        return items.none()
    found = items.search(terms, operator="and", order_by_relevance=False).get_queryset()
    return items.filter(pk__in=found.values("pk"))
