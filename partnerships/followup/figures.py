"""The year's figures, counted from the register, the föreningslots' inbox and Frivilligkraft.

Nothing here is typed in: every number comes from live data in a few aggregate queries. The
other wings' models are read through the app registry, so this wing imports none of them.
A thing and its translation share a `translation_key`, so counting distinct keys counts an
agreement once however many languages it is published in, and groups a Swedish and an
English organisation or area as one.
"""

import datetime
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lundsite.working_days import working_days_between

ANSWER_WITHIN_WORKING_DAYS = 5
STEPS = (1, 2, 3, 4, 5)
FILLED = "filled"
# Every table of a year page, by the name of its CSV file; the follow-up's DCAT lists them.
TABLE_TITLES = {
    "agreements-by-body": gettext_lazy("IOP-avtal per nämnd och förvaltning"),
    "agreements-by-area": gettext_lazy("IOP-avtal per prioriterat område"),
    "agreements-by-organisation": gettext_lazy("IOP-avtal per organisation"),
    "ideas-by-step": gettext_lazy("Idéer som kom in, och var de står i processen"),
    "ideas-by-area": gettext_lazy("Idéer per prioriterat område"),
    "assignments-by-organisation": gettext_lazy("Frivilliguppdrag per organisation"),
    "assignments-by-area": gettext_lazy("Frivilliguppdrag per prioriterat område"),
    "interests-by-organisation": gettext_lazy("Svar på intresseanmälningar per organisation"),
    "interests-by-area": gettext_lazy("Svar på intresseanmälningar per prioriterat område"),
}
NO_KEY = None


def model(name: str):
    return apps.get_model("partnerships", name)


@dataclass
class Column:
    key: str
    label: str


@dataclass
class Row:
    label: str
    values: dict[str, float | int | None]


@dataclass
class Table:
    """One table of the year page, its chart and its CSV."""

    slug: str
    title: str
    description: str
    label_column: Column
    columns: list[Column]
    chart_column: str
    rows: list[Row] = field(default_factory=list)
    note: str = ""

    @property
    def chart_label(self) -> str:
        return next(column.label for column in self.columns if column.key == self.chart_column)


@dataclass
class Totals:
    agreements_active: int = 0
    agreements_started: int = 0
    agreements_ended: int = 0
    ideas_received: int = 0
    assignments_posted: int = 0
    assignments_filled: int = 0
    interests_received: int = 0
    interests_answered_in_time: int = 0
    median_working_days: float | None = None


@dataclass
class YearFigures:
    year: int
    totals: Totals
    tables: list[Table]
    computed_at: datetime.datetime

    def table(self, slug: str) -> Table | None:
        return next((table for table in self.tables if table.slug == slug), None)


def year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


class Names:
    """Names of grouped things in the reader's language, by translation key.

    One query per kind; a thing not yet translated keeps its name in the source language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def of(self, rows: Iterable, keys: Iterable, name_field: str) -> dict:
        wanted = {key for key in keys if key is not NO_KEY}
        names: dict = {}
        if not wanted:
            return names
        for key, name, language in (
            rows.filter(translation_key__in=wanted)
            .order_by()
            .values_list("translation_key", name_field, "locale__language_code")
        ):
            if language == self.language or key not in names:
                names[key] = name
        return names


def _sorted_rows(counts: dict, names: dict, missing: str, sort_key: str) -> list[Row]:
    rows = [
        Row(label=names.get(key, missing) if key is not NO_KEY else missing, values=values)
        for key, values in counts.items()
    ]
    return sorted(rows, key=lambda row: (-(row.values.get(sort_key) or 0), row.label))


def agreement_tables(year: int, names: Names, totals: Totals) -> list[Table]:
    first, last = year_bounds(year)
    agreements = (
        model("IOPAgreementPage")
        .objects.live()
        .filter(
            Q(start_date__isnull=True) | Q(start_date__lte=last),
            Q(end_date__isnull=True) | Q(end_date__gte=first),
        )
        .order_by()
    )
    counted = {
        "active": Count("translation_key", distinct=True),
        "started": Count("translation_key", filter=Q(start_date__year=year), distinct=True),
        "ended": Count("translation_key", filter=Q(end_date__year=year), distinct=True),
    }
    whole = agreements.aggregate(**counted)
    totals.agreements_active = whole["active"]
    totals.agreements_started = whole["started"]
    totals.agreements_ended = whole["ended"]
    columns = [
        Column("active", _("Pågick under året")),
        Column("started", _("Började")),
        Column("ended", _("Slutade")),
    ]
    groups = [
        (
            "agreements-by-body",
            "municipal_bodies__translation_key",
            model("MunicipalBody").objects.all(),
            "name",
            Column("municipal_body", _("Nämnd eller förvaltning")),
            str(TABLE_TITLES["agreements-by-body"]),
            _("Diagrammet visar hur många IOP-avtal varje nämnd eller förvaltning hade."),
            _("Ingen kommunal part angiven"),
        ),
        (
            "agreements-by-area",
            "priority_areas__translation_key",
            apps.get_model("wagtailcore", "Page").objects.all(),
            "title",
            Column("priority_area", _("Prioriterat område")),
            str(TABLE_TITLES["agreements-by-area"]),
            _("Diagrammet visar hur många IOP-avtal som hörde till varje område under året."),
            _("Inget område valt"),
        ),
        (
            "agreements-by-organisation",
            "organisations__translation_key",
            model("Organisation").objects.all(),
            "name",
            Column("organisation", _("Organisation")),
            str(TABLE_TITLES["agreements-by-organisation"]),
            _("Diagrammet visar hur många IOP-avtal varje organisation hade under året."),
            _("Ingen organisation angiven"),
        ),
    ]
    tables = []
    for slug, key_path, party_rows, name_field, label_column, title, description, missing in groups:
        counts = {
            row.pop("key"): row
            for row in agreements.values(key=F(key_path)).annotate(**counted).order_by()
        }
        label_names = names.of(party_rows, counts, name_field)
        tables.append(
            Table(
                slug=slug,
                title=title,
                description=description,
                label_column=label_column,
                columns=columns,
                chart_column="active",
                rows=_sorted_rows(counts, label_names, missing, "active"),
            )
        )
    return tables


def step_columns() -> list[Column]:
    return [
        Column("received", _("Kom in")),
        *[Column(f"step_{step}", _("Steg %(step)s") % {"step": step}) for step in STEPS],
        Column("not_taken_up", _("Ej aktuell")),
    ]


def _step_key(status: str) -> str:
    # The idea itself knows its step (Initiative.process_step); an unsaved one asks it.
    step = model("Initiative")(status=status).process_step
    return f"step_{step}" if step else "not_taken_up"


def _empty_steps() -> dict[str, int]:
    return {column.key: 0 for column in step_columns()}


def idea_tables(year: int, names: Names, totals: Totals) -> list[Table]:
    ideas = model("Initiative").objects.filter(created_at__year=year).order_by()
    by_step = _empty_steps()
    for status, count in ideas.values_list("status").annotate(count=Count("pk")):
        by_step[_step_key(status)] += count
        by_step["received"] += count
    totals.ideas_received = by_step["received"]
    step_rows = [
        Row(
            label=_("Steg %(step)s") % {"step": step},
            values={"ideas": by_step[f"step_{step}"]},
        )
        for step in STEPS
    ]
    step_rows.append(Row(label=_("Ej aktuell"), values={"ideas": by_step["not_taken_up"]}))

    by_area: dict = defaultdict(_empty_steps)
    for key, status, count in ideas.values_list(
        "priority_areas__translation_key", "status"
    ).annotate(count=Count("pk", distinct=True)):
        by_area[key][_step_key(status)] += count
        by_area[key]["received"] += count
    area_names = names.of(apps.get_model("wagtailcore", "Page").objects.all(), by_area, "title")
    return [
        Table(
            slug="ideas-by-step",
            title=str(TABLE_TITLES["ideas-by-step"]),
            description=_(
                "Diagrammet visar hur många av årets idéer som står i varje steg av de fem."
            ),
            label_column=Column("step", _("Steg")),
            columns=[Column("ideas", _("Idéer"))],
            chart_column="ideas",
            rows=step_rows,
        ),
        Table(
            slug="ideas-by-area",
            title=str(TABLE_TITLES["ideas-by-area"]),
            description=_("Diagrammet visar hur många idéer som gällde varje område."),
            label_column=Column("priority_area", _("Prioriterat område")),
            columns=step_columns(),
            chart_column="received",
            rows=_sorted_rows(by_area, area_names, _("Inget område valt"), "received"),
            note=_("En idé kan gälla flera områden. Idéer har ingen nämnd förrän de blir avtal."),
        ),
    ]


def assignment_tables(year: int, names: Names, totals: Totals) -> list[Table]:
    assignments = (
        model("AssignmentPage")
        .objects.filter(first_published_at__year=year, is_example=False)
        .order_by()
    )
    counted = {
        "posted": Count("translation_key", distinct=True),
        "filled": Count("translation_key", filter=Q(status=FILLED), distinct=True),
    }
    whole = assignments.aggregate(**counted)
    totals.assignments_posted = whole["posted"]
    totals.assignments_filled = whole["filled"]
    columns = [
        Column("posted", _("Publicerade")),
        Column("filled", _("Markerade som tillsatta")),
    ]
    note = _(
        "”Tillsatta” är de uppdrag som Frivilligkraft har markerat som tillsatta. "
        "Uppdrag som stängdes utan att markeras räknas inte."
    )
    tables = []
    for slug, key_path, party_rows, name_field, label_column, title, description, missing in (
        (
            "assignments-by-organisation",
            "organisation__translation_key",
            model("Organisation").objects.all(),
            "name",
            Column("organisation", _("Organisation")),
            str(TABLE_TITLES["assignments-by-organisation"]),
            _("Diagrammet visar hur många frivilliguppdrag varje organisation publicerade."),
            _("Utan organisation i registret"),
        ),
        (
            "assignments-by-area",
            "priority_areas__translation_key",
            apps.get_model("wagtailcore", "Page").objects.all(),
            "title",
            Column("priority_area", _("Prioriterat område")),
            str(TABLE_TITLES["assignments-by-area"]),
            _("Diagrammet visar hur många frivilliguppdrag som hörde till varje område."),
            _("Inget område valt"),
        ),
    ):
        counts = {
            row.pop("key"): row
            for row in assignments.values(key=F(key_path)).annotate(**counted).order_by()
        }
        tables.append(
            Table(
                slug=slug,
                title=title,
                description=description,
                label_column=label_column,
                columns=columns,
                chart_column="posted",
                rows=_sorted_rows(
                    counts, names.of(party_rows, counts, name_field), missing, "posted"
                ),
                note=note,
            )
        )
    return tables


def _answer_days(created: datetime.datetime, answered: datetime.datetime | None) -> int | None:
    if answered is None:
        return None
    return working_days_between(
        timezone.localtime(created).date(), timezone.localtime(answered).date()
    )


def _interest_values(days: list[int | None]) -> dict[str, float | int | None]:
    answered = [day for day in days if day is not None]
    return {
        "received": len(days),
        "answered_in_time": sum(day <= ANSWER_WITHIN_WORKING_DAYS for day in answered),
        "unanswered": len(days) - len(answered),
        "median_working_days": statistics.median(answered) if answered else None,
    }


def interest_tables(year: int, names: Names, totals: Totals) -> list[Table]:
    interests = model("Interest").objects.filter(created_at__year=year).order_by()
    by_organisation: dict = defaultdict(list)
    every: list[int | None] = []
    for created, answered, key in interests.values_list(
        "created_at", "answered_at", "assignment__organisation__translation_key"
    ):
        days = _answer_days(created, answered)
        by_organisation[key].append(days)
        every.append(days)
    whole = _interest_values(every)
    totals.interests_received = whole["received"]
    totals.interests_answered_in_time = whole["answered_in_time"]
    totals.median_working_days = whole["median_working_days"]

    by_area: dict = defaultdict(list)
    # One row per interest and area; distinct, because an assignment that names an area in
    # both languages would otherwise count its interests twice there.
    for _pk, created, answered, key in interests.values_list(
        "pk", "created_at", "answered_at", "assignment__priority_areas__translation_key"
    ).distinct():
        by_area[key].append(_answer_days(created, answered))

    columns = [
        Column("received", _("Intresseanmälningar")),
        Column("answered_in_time", _("Besvarade inom 5 arbetsdagar")),
        Column("unanswered", _("Inte markerade som besvarade")),
        Column("median_working_days", _("Median, arbetsdagar till svar")),
    ]
    note = _(
        "Arbetsdagar räknas utan helger, röda dagar, midsommarafton, julafton och nyårsafton. "
        "Medianen räknas på de anmälningar som har fått svar."
    )
    page_rows = apps.get_model("wagtailcore", "Page").objects.all()
    return [
        Table(
            slug="interests-by-organisation",
            title=str(TABLE_TITLES["interests-by-organisation"]),
            description=_(
                "Diagrammet visar hur många intresseanmälningar som fick svar inom fem "
                "arbetsdagar, per organisation."
            ),
            label_column=Column("organisation", _("Organisation")),
            columns=columns,
            chart_column="answered_in_time",
            rows=_sorted_rows(
                {key: _interest_values(days) for key, days in by_organisation.items()},
                names.of(model("Organisation").objects.all(), by_organisation, "name"),
                _("Utan organisation i registret"),
                "received",
            ),
            note=note,
        ),
        Table(
            slug="interests-by-area",
            title=str(TABLE_TITLES["interests-by-area"]),
            description=_(
                "Diagrammet visar hur många intresseanmälningar som fick svar inom fem "
                "arbetsdagar, per område."
            ),
            label_column=Column("priority_area", _("Prioriterat område")),
            columns=columns,
            chart_column="answered_in_time",
            rows=_sorted_rows(
                {key: _interest_values(days) for key, days in by_area.items()},
                names.of(page_rows, by_area, "title"),
                _("Inget område valt"),
                "received",
            ),
            note=note,
        ),
    ]


def year_figures(year: int, language: str) -> YearFigures:
    """Every table of one year, with names in `language` (the active language's strings)."""
    names = Names(language)
    totals = Totals()
    tables = [
        *agreement_tables(year, names, totals),
        *idea_tables(year, names, totals),
        *assignment_tables(year, names, totals),
        *interest_tables(year, names, totals),
    ]
    return YearFigures(year=year, totals=totals, tables=tables, computed_at=timezone.now())
