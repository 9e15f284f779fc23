"""A page of a known type by its id, with the SQL put together once per type and process.

Every page made without the page cache reads its own row: the route's page, or the
deepest page of the walk as its own type. Django puts the query together again each time,
about fifty columns across two or three tables: 0.7 ms, where running it takes 0.1. The
query Django makes for the type is kept and run again with another id; its rows become a
page through the same converters and `from_db` as Django's own reading.
"""

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from wagtail.models import Page

# An id no page has, to find the id's place among the query's parameters.
_MARK = -9_187_246_531


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    attnames: list[str]
    compiler: SQLCompiler
    converters: dict


_compiled: dict[tuple[str, type[Page]], _Compiled | None] = {}


def page_by_id(model: type[Page], page_id: int) -> Page | None:
    """The page with this id as an instance of `model` (which it must be), or None."""
    compiled = _compiled_for(model)
    if compiled is None:
        return model._default_manager.filter(pk=page_id).first()
    params = [page_id if param == _MARK else param for param in compiled.params]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    if compiled.converters:
        row = next(iter(compiled.compiler.apply_converters([row], compiled.converters)))
    return model.from_db(connection.alias, compiled.attnames, row)


def _compiled_for(model: type[Page]) -> _Compiled | None:
    key = (connection.alias, model)
    if key not in _compiled:
        _compiled[key] = _compile(model)
    return _compiled[key]


def _compile(model: type[Page]) -> _Compiled | None:
    compiler = model._default_manager.filter(pk=_MARK).query.get_compiler(connection.alias)
    sql, params = compiler.as_sql()
    columns = [column for column, _sql, _alias in compiler.select]
    attnames = [getattr(getattr(column, "target", None), "attname", None) for column in columns]
    # Only a plain read of the model's own columns, in its order, is read this way.
    expected = [field.attname for field in model._meta.concrete_fields]
    if list(params).count(_MARK) != 1 or attnames != expected:
        return None
    return _Compiled(sql, tuple(params), attnames, compiler, compiler.get_converters(columns))
