"""Demo service norms for Geertruidenberg: promises, a year of measurements, the benchmark and
the "Onze servicenormen" page.

Deterministic: every norm has a fixed result per calendar month, so the twelve months ending
last month always cover each calendar month once and the summer dip lands in the summer.
Idempotent: norms, measurements, benchmark results and the page are only created when missing.
Linking the demo products to their norms is the products' business (``kcc_content.demo``).
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from wagtail.models import Page

from core.ownership import add_months
from service_norms.demo.content import BENCHMARK, BURGERPEILING, NORMS, PAGE
from service_norms.models import BenchmarkResult, NormMeasurement, ServiceNorm, ServiceNormsPage


def build_service_norms_demo(builder, home: Page) -> None:
    """Norms, a year of measurements, the benchmark and the norms page, whatever is missing."""
    ServiceNormsDemoBuilder(builder, home).build()


def demo_months(today: datetime.date) -> list[datetime.date]:
    """The first days of the twelve months that end with last month, oldest first."""
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    return [add_months(last_month, -offset) for offset in range(11, -1, -1)]


class ServiceNormsDemoBuilder:
    """Creates the missing parts of the service-norms demo."""

    def __init__(self, builder, home: Page):
        self.builder = builder
        self.home = home

    def build(self) -> None:
        norms = self.build_norms()
        new_measurements = self.build_measurements(norms)
        self.build_benchmark()
        self.build_page()
        if new_measurements:
            self.builder.log(f"Service norms: {new_measurements} new measurements.")

    def build_norms(self) -> dict[str, ServiceNorm]:
        """Each Dutch norm with its English translation, by code."""
        norms = {}
        for order, data in enumerate(NORMS, start=1):
            value, unit, share = data["target"]
            norm, _ = ServiceNorm.objects.get_or_create(
                code=data["code"],
                locale=self.builder.nl,
                defaults={
                    "promise": data["promise"],
                    "channel": data["channel"],
                    "target_value": Decimal(value),
                    "target_unit": unit,
                    "target_share": share,
                    "measurement_source": data["source"],
                    "measured_as": data.get("measured_as", ""),
                    "responsible_team": Group.objects.filter(name=data["team"]).first(),
                    "sort_order": order * 10,
                },
            )
            if norm.get_translation_or_none(self.builder.en) is None:
                english = norm.copy_for_translation(self.builder.en)
                for name, text in data["en"].items():
                    setattr(english, name, text)
                english.save()
            norms[data["code"]] = norm
        return norms

    def build_measurements(self, norms: dict[str, ServiceNorm]) -> int:
        """Twelve monthly results per norm, ending last month; returns how many are new."""
        created_count = 0
        months = demo_months(self.builder.today)
        for data in NORMS:
            if "months" not in data:
                continue  # measured from handling (service_norms.measuring), not imported
            for start in months:
                share, cases, explanation = data["months"][start.month]
                _, created = NormMeasurement.objects.get_or_create(
                    norm=norms[data["code"]],
                    period_type=NormMeasurement.PeriodType.MONTH,
                    period_start=start,
                    defaults={
                        "share_achieved": Decimal(share),
                        "cases": cases,
                        "explanation": explanation,
                    },
                )
                created_count += created
        return created_count

    def build_benchmark(self) -> None:
        """The burgerpeiling results of 2023 and 2025, compared with the Netherlands."""
        for code, label, unit, periods in BENCHMARK:
            for period, (value, national) in periods.items():
                BenchmarkResult.objects.get_or_create(
                    code=code,
                    period=period,
                    defaults={
                        "label": label,
                        "value": Decimal(value),
                        "comparison_value": Decimal(national),
                        "comparison_label": "Nederland",
                        "unit": unit,
                        "source_url": BURGERPEILING,
                    },
                )

    def build_page(self) -> None:
        """ "Onze servicenormen" under the home page, with its English translation."""
        team = Group.objects.filter(name="Team Communicatie").first()
        page = self.builder.child(
            self.home,
            ServiceNormsPage,
            "servicenormen",
            title=PAGE["title"],
            intro=PAGE["intro"],
            body=PAGE["body"],
            **(self.builder.ownership(team) if team else {}),
        )
        self.builder.translate(page, **PAGE["en"])
