"""The public monitoring page "Onze servicenormen": norms, measured results and the benchmark.

Moved from ``kcc_content``: the page type keeps its table (``Meta.db_table``) and content type.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.page_base import PublicPageMixin
from core.results_bars import ResultBar
from readability.panels import ReadabilityPanel
from service_norms.chart import NormChart, build_chart, figure_rows
from service_norms.models.norms import BenchmarkResult, ServiceNorm

DEFAULT_BENCHMARK_CODES = "dv01, dv06, dv10, bo06"


@dataclass
class NormOverview:
    """One norm on the page: its latest result, its recent trend, the chart of that trend and
    the rows of the table with the same figures."""

    norm: object
    latest: object
    measurements: list
    chart: NormChart | None
    figures: list[ResultBar]


@dataclass
class BenchmarkOverview:
    """One benchmark indicator: the latest period and the one before it, if any."""

    code: str
    latest: object
    previous: object


class ServiceNormsPage(PublicPageMixin, Page):
    """Every service norm with its latest result and trend, and the burgerpeiling indicators."""

    body = RichTextField(_("explanation"), blank=True, features=["bold", "italic", "link", "ul"])
    periods_shown = models.PositiveSmallIntegerField(
        _("periods in the trend"), default=12, help_text=_("How many months or quarters to show.")
    )
    benchmark_codes = models.CharField(
        _("benchmark indicators"),
        max_length=200,
        default=DEFAULT_BENCHMARK_CODES,
        help_text=_("Waarstaatjegemeente indicator codes, separated by commas."),
    )

    readability_fields = ("title", "intro", "body")
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("periods_shown"),
        FieldPanel("benchmark_codes"),
        ReadabilityPanel(),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "kcc_content_servicenormspage"
        verbose_name = _("service norms page")

    def norm_overviews(self) -> list[NormOverview]:
        """Every norm in this page's language with its latest result and trend."""
        overviews = []
        for index, norm in enumerate(ServiceNorm.objects.filter(locale=self.locale), start=1):
            measurements = norm.recent_measurements(self.periods_shown)
            overviews.append(
                NormOverview(
                    norm=norm,
                    latest=measurements[-1] if measurements else None,
                    measurements=measurements,
                    chart=build_chart(norm, measurements, chart_id=f"norm-chart-{index}"),
                    figures=figure_rows(measurements),
                )
            )
        return overviews

    def benchmark_code_list(self) -> list[str]:
        """The configured indicator codes, in the order the editor gave them."""
        codes = [code.strip().lower() for code in self.benchmark_codes.split(",")]
        return list(dict.fromkeys(code for code in codes if code))

    def benchmark_overviews(self) -> list[BenchmarkOverview]:
        """The latest result of each configured indicator, with the previous one for comparison."""
        codes = self.benchmark_code_list()
        results: dict[str, list] = {code: [] for code in codes}
        for result in BenchmarkResult.objects.filter(code__in=codes).order_by("-period"):
            results[result.code.lower()].append(result)
        return [
            BenchmarkOverview(
                code=code,
                latest=found[0],
                previous=found[1] if len(found) > 1 else None,
            )
            for code, found in results.items()
            if found
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["norm_overviews"] = self.norm_overviews()
        benchmarks = self.benchmark_overviews()
        context["benchmarks"] = benchmarks
        context["benchmark_sources"] = list(
            dict.fromkeys(b.latest.source_url for b in benchmarks if b.latest.source_url)
        )
        return context
