"""Wagtail's database search backend, changed in two ways so that readers find word forms.

1. Every word searched for is a prefix: "förening" finds "föreningar" and "föreningslotsen",
   "avtal" finds "avtalet" and "IOP-avtal", "volontär" finds "volontärförmedling". SQLite's
   FTS5 has no Swedish stemmer, so without this only whole words count there; PostgreSQL's
   Swedish configuration stems ("föreningar" → "förening") but never splits compounds, so
   prefixes help there too. Words shorter than `MIN_PREFIX_LENGTH` stay whole words: "i"
   as a prefix would match half the language.
2. A match in the title weighs far more than one in the text, so pages whose title holds
   the words come first.

Settings name this package as the backend; like Wagtail's `wagtail.search.backends.database`
it picks the database's own flavour, importing only that one (each flavour's models exist on
its own database only). The index itself is Wagtail's, unchanged.
"""

from functools import reduce
from operator import and_, or_

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

MIN_PREFIX_LENGTH = 3
# How much more a word in the title counts than the same word in the text.
TITLE_WEIGHT = 50.0


def is_prefix(term: str) -> bool:
    return len(term) >= MIN_PREFIX_LENGTH


def combine(lexemes: list, operator: str):
    return reduce(and_ if operator.lower() == "and" else or_, lexemes)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """Wagtail's choice for this database (FTS5 on SQLite when it has it), made prefix-aware."""
    if connection.vendor == "postgresql":
        from lundsite.search_backend.postgres import PrefixPostgresSearchBackend

        return PrefixPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        from lundsite.search_backend.sqlite import PrefixSQLiteSearchBackend, SQLiteSearchBackend

        # Wagtail falls back to plain LIKE queries where SQLite lacks FTS5; so do we.
        if isinstance(backend, SQLiteSearchBackend):
            return PrefixSQLiteSearchBackend(params)
    return backend
