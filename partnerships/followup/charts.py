"""Horizontal bar charts drawn on the server, as inline SVG.

No script and no canvas: the chart is geometry worked out here and drawn by a template. Each
bar has its label above it and its value printed after it, so nothing depends on colour, and
the table with the same numbers stands beside the chart.
"""

from dataclasses import dataclass

from partnerships.followup.figures import Table

# Narrow, so that on a phone the picture shrinks little and its text stays readable.
WIDTH = 400
BAR_AREA = 330
ROW_HEIGHT = 48
LABEL_OFFSET = 16
BAR_OFFSET = 22
BAR_HEIGHT = 18
MAX_LABEL_CHARS = 44


@dataclass
class Bar:
    label: str
    value: float | int
    label_y: int
    bar_y: int
    width: int
    value_x: int
    value_y: int


@dataclass
class BarChart:
    slug: str
    title: str
    description: str
    width: int
    height: int
    bars: list[Bar]
    bar_height: int = BAR_HEIGHT

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def shorten(label: str) -> str:
    """A long name would run out of the picture; the table beside it has it in full."""
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def bar_chart(table: Table) -> BarChart:
    values = [row.values.get(table.chart_column) or 0 for row in table.rows]
    largest = max(values, default=0) or 1
    bars = []
    for index, (row, value) in enumerate(zip(table.rows, values, strict=True)):
        top = index * ROW_HEIGHT
        width = round(BAR_AREA * value / largest)
        bars.append(
            Bar(
                label=shorten(row.label),
                value=value,
                label_y=top + LABEL_OFFSET,
                bar_y=top + BAR_OFFSET,
                # A zero still shows a sliver, so the row does not look like a gap.
                width=max(width, 2),
                value_x=max(width, 2) + 8,
                value_y=top + BAR_OFFSET + BAR_HEIGHT - 4,
            )
        )
    return BarChart(
        slug=table.slug,
        title=table.title,
        description=table.description,
        width=WIDTH,
        height=max(len(bars), 1) * ROW_HEIGHT,
        bars=bars,
    )
