"""Pages read with SQL that costs little to put together.

On a page made without the page cache, Django took longer to put some queries together than
PostgreSQL took to run them: 0.5–0.7 ms each, on every such page. So:
- `pages_where` reads plain pages from Wagtail's page table with a condition written in SQL
  (the top of the tree, the pages on an address, a page's translations, a filter's pages);
- `page_by_id` and `pages_by_ids` read pages of a known type (the route's page, search
  results) with the query Django made for that type and number the first time, run again
  with other ids; the rows become pages through the same converters and `from_db` as
  Django's own reading.
"""

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from wagtail.models import Page

PAGE_TABLE = Page._meta.db_table


def pages_where(where: str, params: list, order_by: str = "path") -> list[Page]:
    """The plain pages (Wagtail's `Page`) whose row matches `where`, with `params` for its
    placeholders; a translation key among them goes through `translation_key_param`."""
    return list(
        Page.objects.raw(f"SELECT * FROM {PAGE_TABLE} WHERE {where} ORDER BY {order_by}", params)
    )


def translation_key_param(key: Any) -> Any:
    """A translation key as this database compares it (a UUID in PostgreSQL, text in SQLite)."""
    return Page._meta.get_field("translation_key").get_db_prep_value(key, connection)


# Ids no page has, to find each id's place among the query's parameters.
_MARK = -9_187_246_531


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    attnames: list[str]
    compiler: SQLCompiler
    converters: dict


_compiled: dict[tuple[str, type[Page], int], _Compiled | None] = {}
# Lists of more pages than this (search results come ten at a time) are Django's to read.
MAX_IDS = 20


def page_by_id(model: type[Page], page_id: int) -> Page | None:
    """The page with this id as an instance of `model` (which it must be), or None."""
    return pages_by_ids(model, [page_id]).get(page_id)


def pages_by_ids(model: type[Page], ids: list[int]) -> dict[int, Page]:
    """The pages with these ids, as instances of `model`, by id (as `in_bulk` gives them)."""
    ids = list(dict.fromkeys(ids))
    compiled = _compiled_for(model, len(ids)) if 0 < len(ids) <= MAX_IDS else None
    if compiled is None:
        return model._default_manager.in_bulk(ids)
    by_mark = {_MARK - place: page_id for place, page_id in enumerate(ids)}
    params = [by_mark.get(param, param) for param in compiled.params]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        rows = cursor.fetchall()
    if compiled.converters:
        rows = compiled.compiler.apply_converters(rows, compiled.converters)
    pages = (model.from_db(connection.alias, compiled.attnames, row) for row in rows)
    return {page.pk: page for page in pages}


def _compiled_for(model: type[Page], count: int) -> _Compiled | None:
    key = (connection.alias, model, count)
    if key not in _compiled:
        _compiled[key] = _compile(model, count)
    return _compiled[key]


def _compile(model: type[Page], count: int) -> _Compiled | None:
    marks = [_MARK - place for place in range(count)]
    query = model._default_manager.filter(pk__in=marks).query
    compiler = query.get_compiler(connection.alias)
    sql, params = compiler.as_sql()
    columns = [column for column, _sql, _alias in compiler.select]
    attnames = [getattr(getattr(column, "target", None), "attname", None) for column in columns]
    # Only a plain read of the model's own columns, in its order, is read this way.
    expected = [field.attname for field in model._meta.concrete_fields]
    if sorted(param for param in params if param in marks) != sorted(marks) or attnames != expected:
        return None
    return _Compiled(sql, tuple(params), attnames, compiler, compiler.get_converters(columns))
