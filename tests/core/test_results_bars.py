"""The one results-bar component: a table with every figure, bars only as decoration."""

from decimal import Decimal

from bs4 import BeautifulSoup
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

from core.results_bars import ResultBar, percent_of, result_bars


def render(**context) -> BeautifulSoup:
    with translation.override("nl"):
        html = render_to_string("components/results_bars.html", context)
    return BeautifulSoup(html, "html.parser")


def test_rows_with_a_percentage_get_a_bar_hidden_from_screen_readers():
    rows = [ResultBar("Soms", 2, 67), ResultBar("Nooit", 1, 33)]

    soup = render(rows=rows, caption="3 mensen gaven antwoord", table_id="vraag-1")

    region = soup.select_one('[role="region"]')
    assert region["aria-labelledby"] == "vraag-1-caption"
    assert soup.select_one("caption")["id"] == "vraag-1-caption"
    assert [th["scope"] for th in soup.select("tbody th")] == ["row", "row"]
    assert [
        [cell.get_text(strip=True) for cell in row.select("th, td")[:3]]
        for row in soup.select("tbody tr")
    ] == [["Soms", "2", "67%"], ["Nooit", "1", "33%"]]
    bars = soup.select("tbody svg")
    assert [svg["aria-hidden"] for svg in bars] == ["true", "true"]
    assert [svg.select("rect")[1]["width"] for svg in bars] == ["67", "33"]
    assert "style" not in str(soup)


def test_counts_without_a_share_are_a_plain_table_named_by_a_heading():
    soup = render(
        rows=result_bars([("Online", 4), ("Op papier", 2)]),
        caption="Reacties per manier",
        table_id="bronnen",
        region_label_id="bronnen-kop",
        label_heading="Manier",
    )

    assert soup.select_one('[role="region"]')["aria-labelledby"] == "bronnen-kop"
    assert [th.get_text(strip=True) for th in soup.select("thead th")] == ["Manier", "Aantal"]
    assert not soup.select("svg")


def test_a_share_is_a_whole_percentage_of_the_base():
    assert percent_of(2, 3) == 67
    assert percent_of(0, 0) == 0
    assert result_bars([("Ja", 1)], base=4) == [ResultBar("Ja", 1, 25)]


def test_a_measured_share_reads_as_given_and_its_bar_is_drawn_with_a_decimal_point():
    rows = [ResultBar("maart 2026", 612, Decimal("87.5"), "87,5\u00a0%")]

    soup = render(rows=rows, caption="Per periode", table_id="norm-1", percent_heading="Op tijd")

    assert [th.get_text(strip=True) for th in soup.select("thead th")][:3] == [
        "Antwoord",
        "Aantal",
        "Op tijd",
    ]
    assert [td.get_text(strip=True) for td in soup.select("tbody td")][:2] == ["612", "87,5\u00a0%"]
    assert soup.select_one("tbody svg").select("rect")[1]["width"] == "87.5"


def test_shares_that_count_nothing_leave_the_count_column_out():
    rows = [ResultBar("maart 2026", None, Decimal("91.5"), "91,5\u00a0%")]

    soup = render(rows=rows, caption="Per periode", table_id="norm-1", label_heading="Periode")

    assert [th.get_text(strip=True) for th in soup.select("thead th")] == [
        "Periode",
        "Percentage",
        "Staafdiagram",
    ]
    assert [cell.get_text(strip=True) for cell in soup.select("tbody tr > *")][:2] == [
        "maart 2026",
        "91,5\u00a0%",
    ]


def test_a_target_is_a_dashed_line_across_every_bar_and_never_text():
    rows = [ResultBar("jan", 10, Decimal("95.0")), ResultBar("feb", 12, Decimal("88.0"))]

    soup = render(rows=rows, caption="Per periode", table_id="norm-1", target=Decimal("90.0"))

    for svg in soup.select("tbody svg"):
        dashed = [line for line in svg.select("line") if line.get("stroke-dasharray")]
        assert [(line["x1"], line["x2"]) for line in dashed] == [("90", "90")]
        assert svg["aria-hidden"] == "true" and not svg.get_text(strip=True)


def test_without_a_target_the_bars_have_no_line():
    soup = render(rows=[ResultBar("Ja", 1, 25)], caption="c", table_id="t")

    assert not soup.select("line")


def test_a_bar_stays_within_the_scale():
    assert ResultBar("te veel", 1, Decimal("120")).bar_length == "100"
    assert ResultBar("te weinig", 1, -5).bar_length == "0"
    assert ResultBar("geen", 1).bar_length == "0"


def test_a_page_adds_columns_by_extending_the_component():
    template = Template(
        '{% extends "components/results_bars.html" %}'
        "{% block extra_headings %}<th>Gewonnen?</th>{% endblock %}"
        "{% block row_class %}{% if row.item.won %} winner{% endif %}{% endblock %}"
        "{% block extra_cells %}<td>{{ row.item.won|yesno:'Ja,Nee' }}</td>{% endblock %}"
    )
    rows = [
        ResultBar("Skatebaan", 27, item={"won": True}),
        ResultBar("Pannaveld", 3, item={"won": False}),
    ]

    with translation.override("nl"):
        html = template.render(Context({"rows": rows, "caption": "Stemmen", "table_id": "s"}))
    soup = BeautifulSoup(html, "html.parser")

    assert [th.get_text(strip=True) for th in soup.select("thead th")] == [
        "Antwoord",
        "Aantal",
        "Gewonnen?",
    ]
    assert [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in soup.select("tbody tr")
    ] == [
        ["Skatebaan", "27", "Ja"],
        ["Pannaveld", "3", "Nee"],
    ]
    assert [row["class"] for row in soup.select("tbody tr")] == [
        ["utrecht-table__row", "winner"],
        ["utrecht-table__row"],
    ]
