"""The names of the parties an agreement's card shows, for a whole list in one query.

A list of twenty cards read its agreements' municipal bodies and organisations with two
prefetches, each put together by the ORM and made into forty objects, for a name each:
a twentieth of the register's CPU when nothing was cached. One query with both kinds of
party reads just the names, in the order the parties' own lists have (by name).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Model

# The agreement's fields that name its parties; a row's kind is the index of its field.
PARTY_FIELDS = ("municipal_bodies", "organisations")


@dataclass
class CardParties:
    municipal_bodies: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


def attach(agreements: Iterable[Model]) -> None:
    """Sets `_card_parties` on each agreement, from one query."""
    agreements = list(agreements)
    if not agreements:
        return
    by_id = {agreement.pk: CardParties() for agreement in agreements}
    for agreement in agreements:
        agreement._card_parties = by_id[agreement.pk]
    model = type(agreements[0])
    selects = []
    params: list = []
    marks = ", ".join(["%s"] * len(by_id))
    for kind, name in enumerate(PARTY_FIELDS):
        relation = model._meta.get_field(name)
        through = relation.remote_field.through._meta
        party = relation.related_model._meta
        own = relation.m2m_column_name()
        other = relation.m2m_reverse_name()
        selects.append(
            f"SELECT link.{own}, {kind}, party.name FROM {through.db_table} link "
            f"JOIN {party.db_table} party ON party.{party.pk.column} = link.{other} "
            f"WHERE link.{own} IN ({marks})"
        )
        params += list(by_id)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects) + " ORDER BY 3", params)
        rows = cursor.fetchall()
    for agreement_id, kind, name in rows:
        getattr(by_id[agreement_id], PARTY_FIELDS[kind]).append(name)
