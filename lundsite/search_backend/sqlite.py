"""The SQLite FTS5 flavour: prefix words, and bm25() weighing the title column."""

from django.db.models import F
from modelsearch.backends.database.sqlite.query import BM25, Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from lundsite.search_backend import TITLE_WEIGHT, combine, is_prefix


class TitleWeightedBM25(BM25):
    """FTS5's bm25() with a weight per column; the table's columns are, in order,
    autocomplete, body and title (modelsearch's migration 0002)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class PrefixSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        terms = query.query_string.split()
        if not terms:
            return None
        lexemes = [Lexeme(term, prefix=is_prefix(term)) for term in terms]
        return SearchQueryExpression(combine(lexemes, query.operator), config=config)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        rank = super().build_tsrank(vector, query, config=config, boost=boost)
        return TitleWeightedBM25() if isinstance(rank, BM25) else rank

    def get_index_vectors(self):
        # One weighted bm25() over the row ranks title and text together; the parent adds
        # one unweighted bm25() per vector, which weighs both the same.
        return [(F("index_entry__body"), 1.0)]


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteQueryCompiler
