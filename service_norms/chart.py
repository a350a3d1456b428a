"""The geometry of a service norm's trend chart, drawn as server-side SVG, and its figures table.

``build_chart`` turns measurements into bar positions, axis ticks and the target line; the
template ``service_norms/includes/norm_chart.html`` draws them. Only presentation attributes are
used (no ``style``), so the chart works under the strict Content Security Policy. The chart is
an image with a title and a description; the data table next to it gives the same figures
(``figure_rows``, drawn by the site's one results-bar table, ``components/results_bars.html``).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext, ngettext

from core.results_bars import ResultBar
from service_norms import display

WIDTH = 640
HEIGHT = 280
LEFT = 92  # room for the axis title and the percentages
RIGHT = 96  # room for the target label right of the plot
TOP = 24
BOTTOM = 56  # room for the period names under the bars
PLOT_HEIGHT = HEIGHT - TOP - BOTTOM
PLOT_WIDTH = WIDTH - LEFT - RIGHT
GRID_STEPS = (0, 25, 50, 75, 100)
BAR_SHARE_OF_SLOT = Decimal("0.6")


@dataclass
class Bar:
    """One period: its bar, its labels and whether the norm was met."""

    x: float
    y: float
    width: float
    height: float
    label_x: float
    short_label: str
    year_label: str
    title: str
    met: bool


@dataclass
class Tick:
    """A horizontal grid line with its percentage."""

    y: float
    label: str


@dataclass
class NormChart:
    """Everything the template needs to draw one norm's trend."""

    chart_id: str
    title: str
    description: str
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    target_y: float = 0
    target_label: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    axis_y: float = TOP + PLOT_HEIGHT
    period_label_y: float = TOP + PLOT_HEIGHT + 20
    year_label_y: float = TOP + PLOT_HEIGHT + 40
    axis_title: str = ""


def y_for(share) -> float:
    """The vertical position of a percentage (0 at the axis, 100 at the top)."""
    share = min(max(Decimal(share), Decimal(0)), Decimal(100))
    return round(TOP + PLOT_HEIGHT * float((100 - share) / 100), 1)


def describe(norm, measurements) -> str:
    """A one-paragraph summary of the trend for screen readers (the chart's ``<desc>``)."""
    first, last = measurements[0], measurements[-1]
    met_count = sum(1 for measurement in measurements if measurement.met)
    lowest = min(measurements, key=lambda measurement: measurement.share_achieved)
    parts = [
        gettext("From %(first)s to %(last)s.")
        % {"first": first.period_label, "last": last.period_label},
        gettext("The norm is %(share)s.") % {"share": display.format_share(norm.target_share)},
        ngettext(
            "We met the norm in %(met)s of %(total)s period.",
            "We met the norm in %(met)s of %(total)s periods.",
            len(measurements),
        )
        % {"met": met_count, "total": len(measurements)},
        gettext("The lowest result was %(share)s in %(period)s.")
        % {"share": lowest.share_in_words, "period": lowest.period_label},
    ]
    return " ".join(parts)


def build_chart(norm, measurements, chart_id: str) -> NormChart | None:
    """The chart of ``measurements`` (oldest first) against the norm's target, or None."""
    if not measurements:
        return None
    slot = PLOT_WIDTH / len(measurements)
    bar_width = round(slot * float(BAR_SHARE_OF_SLOT), 1)
    bars = []
    previous_year = None
    for index, measurement in enumerate(measurements):
        slot_left = LEFT + slot * index
        top = y_for(measurement.share_achieved)
        year = measurement.period_start.year
        status = gettext("norm met") if measurement.met else gettext("norm not met")
        bars.append(
            Bar(
                x=round(slot_left + (slot - bar_width) / 2, 1),
                y=top,
                width=bar_width,
                height=round(TOP + PLOT_HEIGHT - top, 1),
                label_x=round(slot_left + slot / 2, 1),
                short_label=measurement.short_period_label,
                year_label=str(year) if year != previous_year else "",
                title=f"{measurement.period_label}: {measurement.share_in_words} ({status})",
                met=measurement.met,
            )
        )
        previous_year = year
    return NormChart(
        chart_id=chart_id,
        title=gettext("Results of the last %(count)s periods: %(promise)s")
        % {"count": len(measurements), "promise": norm.promise},
        description=describe(norm, measurements),
        bars=bars,
        ticks=[Tick(y=y_for(step), label=display.format_share(step)) for step in GRID_STEPS],
        target_y=y_for(norm.target_share),
        target_label=gettext("Norm %(share)s") % {"share": display.format_share(norm.target_share)},
        axis_title=gettext("On time (%)"),
    )


def figure_rows(measurements) -> list[ResultBar]:
    """The rows of the figures table: per period (newest first) its share on time.

    The rows have no count: ``norm_figures.html`` shows the number of cases in a column of its
    own after the share and its bar, in the order the table has always had.
    """
    return [
        ResultBar(
            label=measurement.period_label,
            count=None,
            percent=measurement.share_achieved,
            percent_text=measurement.share_in_words,
            item=measurement,
        )
        for measurement in reversed(measurements)
    ]
