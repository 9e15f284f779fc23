"""The PostgreSQL flavour: prefix words (stemmed first by the Swedish configuration), and
the title's rank weighed up."""

import re

from django.contrib.postgres.search import SearchQuery
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from lundsite.search_backend import TITLE_WEIGHT, combine, is_prefix


class PrefixPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        # Split as the parent splits; to_tsquery() then stems each word before the prefix.
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        lexemes = [Lexeme(term, invert=invert, prefix=is_prefix(term)) for term in terms]
        return SearchQuery(combine(lexemes, query.operator), search_type="raw", config=config)

    def get_index_vectors(self, search_query):
        return [
            (F("index_entries__title"), F("index_entries__title_norm") * TITLE_WEIGHT),
            (F("index_entries__body"), 1.0),
        ]


class PrefixPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PrefixPostgresQueryCompiler
