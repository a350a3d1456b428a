"""Results shown as a table of counts with bars: one row per answer, reason, proposal or period.

The template ``components/results_bars.html`` draws them. The table carries every figure, so
the bars are decoration for sighted readers and hidden from screen readers. A page that shows
more about each row (a cost, whether a norm was met) extends the template and fills its blocks;
``ResultBar.item`` is then what the row is about.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ResultBar:
    """One row of results: what was counted, how often, and its share of the whole.

    ``percent`` is None when a share means nothing (counts of different things); the row is
    then shown without a percentage and without a bar. It is a whole percentage of a base
    (``percent_of``) or a measured share such as 87.5; ``percent_text`` says how a measured
    share reads ("87,5 %") where "67%" would not do. ``count`` is None for a measured share
    that counts nothing itself: the table then has no count column. ``item`` is the object the
    row is about, for templates that add columns.
    """

    label: str
    count: int | None
    percent: int | Decimal | None = None
    percent_text: str = ""
    item: object = None

    @property
    def bar_length(self) -> str:
        """The bar's length on the 0–100 scale, written as SVG wants it (never "87,5")."""
        share = min(max(Decimal(self.percent or 0), Decimal(0)), Decimal(100))
        return svg_number(share)


def svg_number(value) -> str:
    """A number for an SVG attribute: a decimal point and no needless zeros, in every language."""
    number = Decimal(value).normalize()
    return format(number, "f")


def percent_of(count: int, base: int) -> int:
    """``count`` as a whole percentage of ``base``; 0 when there is nothing to count."""
    return round(100 * count / base) if base else 0


def result_bars(pairs, base: int | None = None) -> list[ResultBar]:
    """Rows from ``(label, count)`` pairs; with a ``base`` each row gets its percentage."""
    return [
        ResultBar(str(label), count, None if base is None else percent_of(count, base))
        for label, count in pairs
    ]
