"""Service norms: met or not met, the public norms page with its chart and table, translations,
the product pages' norm and the migration of the old free-text norm."""

import datetime
import re
from decimal import Decimal
from importlib import import_module

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from service_norms.chart import build_chart, y_for
from service_norms.models import BenchmarkResult, NormMeasurement, ServiceNorm
from tests.kcc_content.kcc_factories import publish_product
from tests.kcc_content.norm_factories import add_months_of_results, make_norm, publish_norms_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def norm(locales):
    return make_norm(locales[0])


def sections_of(html: str) -> list[str]:
    return re.findall(r'<section class="norm".*?</section>', html, re.S)


# Met or not met ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "met"), [("89.9", False), ("90.0", True), ("90.1", True), ("0", False), ("100", True)]
)
def test_a_period_meets_the_norm_when_its_share_reaches_the_target_share(norm, share, met):
    measurement = NormMeasurement(norm=norm, share_achieved=Decimal(share))

    assert measurement.met is met


def test_the_latest_measurement_is_the_most_recent_period(norm):
    add_months_of_results(norm, [95, 80, 92])

    assert norm.latest_measurement().period_start == datetime.date(2026, 3, 1)


def test_the_trend_shows_only_the_last_periods_oldest_first(norm):
    add_months_of_results(norm, [91, 92, 93, 94, 95])

    recent = norm.recent_measurements(3)

    assert [m.period_start.month for m in recent] == [3, 4, 5]


def test_a_period_must_start_on_the_first_of_a_month_or_quarter(norm):
    wrong_day = NormMeasurement(
        norm=norm,
        period_type="month",
        period_start=datetime.date(2026, 3, 2),
        share_achieved=90,
        cases=1,
    )
    wrong_quarter = NormMeasurement(
        norm=norm,
        period_type="quarter",
        period_start=datetime.date(2026, 2, 1),
        share_achieved=90,
        cases=1,
    )

    for measurement in (wrong_day, wrong_quarter):
        with pytest.raises(ValidationError):
            measurement.full_clean()


def test_the_target_reads_as_a_sentence(norm):
    with translation.override("en"):
        assert norm.target_in_words == "90\u00a0% within 2 working days"


# The public page --------------------------------------------------------------------------


def test_the_norms_page_shows_met_and_not_met_with_the_explanation(client, home, locales):
    email = make_norm(locales[0])
    add_months_of_results(email, [93, 91.5, 95])
    phone = make_norm(
        locales[0],
        code="telefoon",
        promise="We nemen de telefoon binnen 30 seconden op.",
        channel="phone",
        target_value=30,
        target_unit="seconds",
        target_share=80,
        sort_order=1,
    )
    add_months_of_results(phone, [84, 81, 74], explanation="Storing in de telefooncentrale.")
    page = publish_norms_page(home)

    html = client.get(page.url).content.decode()
    first, second = sections_of(html)

    assert "We nemen de telefoon binnen 30 seconden op." in second
    assert "norm-status--missed" in second and "norm-status--met" not in second
    assert "Storing in de telefooncentrale." in second
    assert "norm-status--met" in first and "norm-status--missed" not in first
    # The status is a word and an icon, not only a colour.
    assert re.search(r'norm-status--missed">\s*<svg[^>]*aria-hidden="true"', second)


def test_the_status_is_in_dutch_for_residents(client, home, locales):
    """Needs the compiled Dutch catalogue (the English msgid fails it)."""
    add_months_of_results(make_norm(locales[0]), [80])
    page = publish_norms_page(home)

    html = client.get(page.url).content.decode()

    assert "Norm niet gehaald" in html
    assert "Bekijk de cijfers in een tabel" in html
    assert "90\u00a0% binnen 2 werkdagen" in html


def test_the_chart_is_an_accessible_svg_that_matches_the_table(client, home, norm):
    add_months_of_results(norm, [93, 88, 95, 90])
    page = publish_norms_page(home, periods_shown=3)

    html = client.get(page.url).content.decode()
    svg = re.search(r"<svg class=\"norm-chart__image\".*?</svg>", html, re.S).group(0)
    table = re.search(r"<table.*?</table>", html, re.S).group(0)

    assert 'role="img"' in svg
    assert 'aria-labelledby="norm-chart-1-title norm-chart-1-desc"' in svg
    assert '<title id="norm-chart-1-title">' in svg and '<desc id="norm-chart-1-desc">' in svg
    assert "style=" not in svg
    assert 'stroke-dasharray="10 6"' in svg  # the target as a dashed line
    # Three bars for the three periods shown, the missed one striped; three rows in the table.
    bars = re.findall(r'<rect x="[^"]+" y="([^"]+)"[^>]*class="norm-chart__bar([^"]*)"', svg)
    assert len(bars) == 3
    assert [" norm-chart__bar--missed" in css for _, css in bars] == [True, False, False]
    assert [float(y) for y, _ in bars] == [y_for(88), y_for(95), y_for(90)]
    assert "<caption" in table
    assert len(re.findall(r'<th class="utrecht-table__header-cell" scope="row">', table)) == 3
    assert table.count("88\u00a0%") == 1 and table.count("95\u00a0%") == 1


def test_the_chart_summary_counts_the_periods_that_met_the_norm(norm):
    measurements = add_months_of_results(norm, [93, 88, 95])

    with translation.override("en"):
        chart = build_chart(norm, measurements, chart_id="c")

    assert "We met the norm in 2 of 3 periods." in chart.description
    assert "The lowest result was 88\u00a0% in February 2026." in chart.description
    assert chart.target_y == y_for(90)


def test_an_english_page_shows_the_english_norm_with_the_dutch_measurements(
    client, home, english_home, locales
):
    dutch = make_norm(locales[0])
    add_months_of_results(dutch, [80, 95], explanation="")
    english = dutch.copy_for_translation(locales[1])
    english.promise = "You get an answer to your e-mail within 2 working days."
    english.save()
    page = publish_norms_page(home)
    english_page = page.copy_for_translation(locales[1])
    english_page.save_revision().publish()

    html = client.get(english_page.url).content.decode()

    assert "You get an answer to your e-mail within 2 working days." in html
    assert "U krijgt binnen 2 werkdagen" not in html
    assert "norm-status--met" in html
    assert "95\u00a0%" in html


def test_the_burgerpeiling_shows_the_latest_value_against_the_comparison(client, home):
    for period, value in (("2023", "6.8"), ("2025", "7.0")):
        BenchmarkResult.objects.create(
            code="dv01",
            label="Rapportcijfer voor de dienstverlening",
            period=period,
            value=Decimal(value),
            comparison_value=Decimal("6.8"),
            comparison_label="Nederland",
            unit="rapportcijfer",
            source_url="https://www.waarstaatjegemeente.nl",
        )
    BenchmarkResult.objects.create(code="xx99", label="Niet gekozen", period="2025", value=1)
    page = publish_norms_page(home)

    html = client.get(page.url).content.decode()

    assert "Rapportcijfer voor de dienstverlening" in html
    assert "<strong>7,0</strong> (2025)" in html
    assert "6,8 (Nederland)" in html and "6,8 (2023)" in html
    assert 'href="https://www.waarstaatjegemeente.nl"' in html
    assert "Niet gekozen" not in html


# Product pages ------------------------------------------------------------------------------


def test_the_product_page_shows_its_norm_and_latest_result(client, home, locales):
    norm = make_norm(
        locales[0],
        code="paspoort",
        promise="Uw paspoort ligt 6 werkdagen na uw aanvraag klaar.",
        channel="product",
        target_value=6,
    )
    add_months_of_results(norm, [96, 93])
    publish_product(home, service_norm=norm)

    html = client.get("/paspoort/").content.decode()

    assert "Uw paspoort ligt 6 werkdagen na uw aanvraag klaar." in html
    assert "93\u00a0%" in html and "februari 2026" in html


# Data migration -------------------------------------------------------------------------------


MIGRATION = import_module("kcc_content.migrations.0007_handling_time_norms_to_service_norms")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("U kunt uw paspoort 6 werkdagen na uw aanvraag ophalen.", ("6", "working_days")),
        ("U krijgt binnen 8 weken een besluit.", ("8", "weeks")),
        ("U krijgt snel antwoord.", ("5", "working_days")),
    ],
)
def test_the_data_migration_reads_the_target_from_the_text_when_it_can(text, target):
    assert MIGRATION.target_from_text(text) == target


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_data_migration_turns_each_distinct_text_into_one_linked_norm():
    executor = MigrationExecutor(connection)
    before = [("kcc_content", "0006_journeys_and_service_norms")]
    latest = executor.loader.graph.leaf_nodes()  # every app: service_norms builds on these tables
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    Locale = old_apps.get_model("wagtailcore", "Locale")
    Page = old_apps.get_model("wagtailcore", "Page")
    ProductPage = old_apps.get_model("kcc_content", "ProductPage")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    nl = Locale.objects.get(language_code="nl")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="kcc_content", model="productpage"
    )
    root = Page.objects.get(depth=1)
    texts = {
        "paspoort": "U kunt uw pas 6 werkdagen na uw aanvraag ophalen.",
        "identiteitskaart": "U kunt uw pas 6 werkdagen na uw aanvraag ophalen.",
        "omgevingsvergunning": "U krijgt binnen 8 weken een besluit.",
        "rijbewijs": "",
    }
    for number, (slug, text) in enumerate(texts.items(), start=1):
        ProductPage.objects.create(
            title=slug,
            slug=slug,
            path=f"{root.path}{900 + number:04d}",
            depth=2,
            locale=nl,
            content_type=content_type,
            handling_time_norm=text,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(latest)

    from kcc_content.models import ProductPage as CurrentProductPage

    norms = {p.slug: p.service_norm for p in CurrentProductPage.objects.filter(slug__in=texts)}
    assert norms["paspoort"] == norms["identiteitskaart"] is not None
    assert norms["rijbewijs"] is None
    assert ServiceNorm.objects.count() == 2
    permit = norms["omgevingsvergunning"]
    assert (permit.target_value, permit.target_unit, permit.target_share) == (8, "weeks", 90)
    assert permit.channel == "product" and "controleren" in permit.measurement_source
    assert norms["paspoort"].code == "paspoort"


# Demo data ----------------------------------------------------------------------------------


def test_every_month_of_the_demo_has_a_missed_norm_with_a_reason():
    from service_norms.demo.builder import NORMS

    for month in range(1, 13):
        missed = [
            norm["months"][month]
            for norm in NORMS
            if "months" in norm  # the others are measured from handling
            and Decimal(norm["months"][month][0]) < norm["target"][2]
        ]
        assert missed, f"no missed norm in month {month}"
        assert all(explanation for _, _, explanation in missed)
