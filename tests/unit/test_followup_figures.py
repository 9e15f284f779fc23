"""The follow-up's figures against a small known data set for 2030 (not the loaded content)."""

import datetime

import pytest

from lundsite.working_days import working_days_between
from partnerships.followup.charts import MAX_LABEL_CHARS, bar_chart
from partnerships.followup.figures import Column, Row, Table, year_figures
from principles.models import PriorityAreaPage
from tests.factories import followup as data
from tests.factories.partnerships import MunicipalBodyFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
YEAR = 2030


def rows(figures, slug: str) -> dict[str, dict]:
    return {row.label: row.values for row in figures.table(slug).rows}


@pytest.fixture
def known(sv_locale, en_locale):
    data.clear_loaded_agreements()
    areas = list(PriorityAreaPage.objects.filter(locale=sv_locale).order_by("path")[:2])
    a1, a2 = areas
    b1 = MunicipalBodyFactory(name="Nämnd Ett")
    b2 = MunicipalBodyFactory(name="Nämnd Två")
    o1 = OrganisationFactory(name="Förening Ett")
    o2 = OrganisationFactory(name="Förening Två")
    english_o1 = o1.copy_for_translation(en_locale)
    english_o1.name = "Association One"
    english_o1.save()

    g1 = data.agreement(datetime.date(2029, 1, 1), datetime.date(2031, 12, 31), [b1], [o1], [a1])
    data.agreement(datetime.date(2030, 3, 1), None, [b1], [o2], [a1, a2])
    data.agreement(datetime.date(2028, 1, 1), datetime.date(2030, 6, 30), [b2], [o1])
    data.agreement(datetime.date(2031, 1, 1), None, [b2], [o2])
    data.agreement(datetime.date(2020, 1, 1), datetime.date(2029, 12, 31), [b2], [o2])
    # A translation of an agreement is the same agreement: counted once.
    english_g1 = g1.copy_for_translation(en_locale)
    english_g1.save_revision().publish()

    data.idea(data.at(YEAR, 2, 1), "received", [a1])
    data.idea(data.at(YEAR, 3, 1), "in_progress", [a1, a2])
    data.idea(data.at(YEAR, 4, 1), "evaluated")
    data.idea(data.at(YEAR, 5, 1), "not_relevant", [a1.get_translation(en_locale)])
    data.idea(data.at(YEAR - 1, 5, 1), "received", [a1])

    s1 = data.assignment(data.at(YEAR, 1, 10), "filled", [a1], organisation=o1)
    s2 = data.assignment(data.at(YEAR, 2, 10), "open", organisation=o1)
    s3 = data.assignment(data.at(YEAR, 3, 10), "filled", [a2])
    data.assignment(data.at(YEAR - 1, 3, 10), "filled", organisation=o1)

    monday = datetime.date(YEAR, 3, 4)
    data.interest(s1, data.at(YEAR, 3, 4), data.at(YEAR, 3, 4, 15))  # 0 days
    data.interest(s1, data.at(YEAR, 3, 4), data.at(YEAR, 3, 11))  # 5 working days
    data.interest(s2, data.at(YEAR, 3, 4), data.at(YEAR, 3, 12))  # 6 working days
    data.interest(s2, data.at(YEAR, 3, 4))  # not answered
    data.interest(s3, data.at(YEAR, 12, 20), data.at(YEAR + 1, 1, 2))  # 4 over Christmas
    assert monday.weekday() == 0
    return {"a1": a1, "a2": a2}


def test_working_days_skip_weekends_and_swedish_holidays():
    assert working_days_between(datetime.date(2030, 3, 4), datetime.date(2030, 3, 4)) == 0
    assert working_days_between(datetime.date(2030, 3, 4), datetime.date(2030, 3, 11)) == 5
    assert working_days_between(datetime.date(2030, 12, 20), datetime.date(2031, 1, 2)) == 4


def test_agreements_active_started_and_ended(known):
    figures = year_figures(YEAR, "sv")
    totals = figures.totals
    assert (totals.agreements_active, totals.agreements_started, totals.agreements_ended) == (
        3,
        1,
        1,
    )
    assert rows(figures, "agreements-by-body") == {
        "Nämnd Ett": {"active": 2, "started": 1, "ended": 0},
        "Nämnd Två": {"active": 1, "started": 0, "ended": 1},
    }
    by_area = rows(figures, "agreements-by-area")
    assert by_area[known["a1"].title] == {"active": 2, "started": 1, "ended": 0}
    assert by_area[known["a2"].title] == {"active": 1, "started": 1, "ended": 0}
    assert by_area["Inget område valt"] == {"active": 1, "started": 0, "ended": 1}
    assert rows(figures, "agreements-by-organisation") == {
        "Förening Ett": {"active": 2, "started": 0, "ended": 1},
        "Förening Två": {"active": 1, "started": 1, "ended": 0},
    }


def test_ideas_by_step_and_area(known):
    figures = year_figures(YEAR, "sv")
    assert figures.totals.ideas_received == 4
    by_step = {label: values["ideas"] for label, values in rows(figures, "ideas-by-step").items()}
    assert by_step == {
        "Steg 1": 1,
        "Steg 2": 1,
        "Steg 3": 0,
        "Steg 4": 1,
        "Steg 5": 0,
        "Ej aktuell": 1,
    }
    by_area = rows(figures, "ideas-by-area")
    # The English area page is the same area as the Swedish one.
    assert by_area[known["a1"].title]["received"] == 3
    assert by_area[known["a1"].title]["not_taken_up"] == 1
    assert by_area[known["a2"].title] == {
        "received": 1,
        "step_1": 0,
        "step_2": 1,
        "step_3": 0,
        "step_4": 0,
        "step_5": 0,
        "not_taken_up": 0,
    }
    assert by_area["Inget område valt"]["step_4"] == 1


def test_assignments_posted_and_marked_filled(known):
    figures = year_figures(YEAR, "sv")
    assert (figures.totals.assignments_posted, figures.totals.assignments_filled) == (3, 2)
    assert rows(figures, "assignments-by-organisation") == {
        "Förening Ett": {"posted": 2, "filled": 1},
        "Utan organisation i registret": {"posted": 1, "filled": 1},
    }
    by_area = rows(figures, "assignments-by-area")
    assert by_area[known["a1"].title] == {"posted": 1, "filled": 1}
    assert by_area["Inget område valt"] == {"posted": 1, "filled": 0}


def test_interests_answered_in_time_and_median(known):
    figures = year_figures(YEAR, "sv")
    totals = figures.totals
    assert (totals.interests_received, totals.interests_answered_in_time) == (5, 3)
    assert totals.median_working_days == 4.5
    assert rows(figures, "interests-by-organisation") == {
        "Förening Ett": {
            "received": 4,
            "answered_in_time": 2,
            "unanswered": 1,
            "median_working_days": 5,
        },
        "Utan organisation i registret": {
            "received": 1,
            "answered_in_time": 1,
            "unanswered": 0,
            "median_working_days": 4,
        },
    }


def test_interests_by_area(known):
    by_area = rows(year_figures(YEAR, "sv"), "interests-by-area")
    assert by_area[known["a1"].title] == {
        "received": 2,
        "answered_in_time": 2,
        "unanswered": 0,
        "median_working_days": 2.5,
    }
    assert by_area["Inget område valt"] == {
        "received": 2,
        "answered_in_time": 0,
        "unanswered": 1,
        "median_working_days": 6,
    }
    assert by_area[known["a2"].title]["median_working_days"] == 4


def test_names_in_the_readers_language(known, en_locale):
    figures = year_figures(YEAR, "en")
    labels = set(rows(figures, "agreements-by-organisation"))
    # Translated where a translation exists, else the Swedish name.
    assert labels == {"Association One", "Förening Två"}
    english_area = known["a1"].get_translation(en_locale)
    assert english_area.title in rows(figures, "agreements-by-area")


def test_a_year_without_data_has_empty_tables(db):
    figures = year_figures(1999, "sv")
    assert figures.totals.ideas_received == 0
    # The loaded agreements without dates count in every year; nothing else is that old.
    quiet = [t for t in figures.tables if not t.slug.startswith(("agreements", "ideas-by-step"))]
    assert quiet
    assert all(not table.rows for table in quiet)


def test_chart_bars_scale_to_the_largest_value(known):
    table = year_figures(YEAR, "sv").table("agreements-by-body")
    chart = bar_chart(table)
    widths = [bar.width for bar in chart.bars]
    assert widths == [330, 165]
    assert [bar.value for bar in chart.bars] == [2, 1]
    assert chart.height == 2 * 48


def test_long_names_are_shortened_in_the_chart_but_not_in_the_table():
    name = "Föreningen för mycket långa namn som aldrig tycks ta slut i Lund"
    table = Table(
        slug="t",
        title="T",
        description="D",
        label_column=Column("organisation", "Organisation"),
        columns=[Column("n", "N")],
        chart_column="n",
        rows=[Row(label=name, values={"n": 0})],
    )
    bar = bar_chart(table).bars[0]
    assert len(bar.label) == MAX_LABEL_CHARS
    assert bar.label.endswith("…")
    assert bar.width > 0
    assert table.rows[0].label == name
