"""Admin for service norms: the norms (translatable snippets), their measurements, the benchmark
results and the two import pages, together in one "Servicenormen" menu group."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_menu import PermissionMenuItem
from service_norms.models import BenchmarkResult, NormMeasurement, ServiceNorm


def latest_result(norm: ServiceNorm) -> str:
    """The latest period's result for the listing, with met or not met in words."""
    latest = norm.latest_measurement()
    if latest is None:
        return str(_("No measurements yet"))
    status = _("met") if latest.met else _("not met")
    return f"{latest.period_label}: {latest.share_in_words} ({status})"


class ServiceNormViewSet(SnippetViewSet):
    """The published promises; translated with wagtail-localize like other snippets."""

    model = ServiceNorm
    icon = "tasks"
    menu_label = _("Service norms")
    list_display = [
        "promise",
        "channel",
        Column("target_in_words", label=_("Target")),
        Column("latest_result", label=_("Latest result"), accessor=latest_result),
    ]
    list_filter = ["channel", "locale"]
    search_fields = ["promise", "code"]


class NormMeasurementViewSet(SnippetViewSet):
    """Measured results per period; correct a single one by hand here."""

    model = NormMeasurement
    icon = "table"
    menu_label = _("Measurements")
    list_display = [
        "norm",
        Column("period_label", label=_("Period")),
        Column("share_in_words", label=_("On time")),
        "cases",
        Column("met", label=_("Norm met"), accessor=lambda m: _("Yes") if m.met else _("No")),
        UpdatedAtColumn(),
    ]
    list_filter = ["norm", "period_type"]
    ordering = ["-period_start", "norm__sort_order"]

    def get_queryset(self, request):
        return NormMeasurement.objects.select_related("norm")


class BenchmarkResultViewSet(SnippetViewSet):
    """Waarstaatjegemeente indicator results (the burgerpeiling)."""

    model = BenchmarkResult
    icon = "pick"
    menu_label = _("Benchmark results")
    list_display = ["code", "label", "period", "value", "comparison_value", UpdatedAtColumn()]
    list_filter = ["code", "period"]
    search_fields = ["code", "label"]


class ServiceNormsViewSetGroup(SnippetViewSetGroup):
    """The "Servicenormen" menu: norms, measurements, benchmark and the import pages."""

    items = (ServiceNormViewSet, NormMeasurementViewSet, BenchmarkResultViewSet)
    menu_label = _("Service norms")
    menu_icon = "tasks"
    menu_name = "service_norms"
    menu_order = 170

    def get_submenu_items(self):
        items = super().get_submenu_items()
        order = len(items) + 1
        items += [
            PermissionMenuItem(
                _("Import measurements"),
                reverse("kcc_norm_import", args=["measurements"]),
                name="import_measurements",
                icon_name="upload",
                order=order,
                permission="service_norms.add_normmeasurement",
            ),
            PermissionMenuItem(
                _("Import benchmark results"),
                reverse("kcc_norm_import", args=["benchmark"]),
                name="import_benchmark",
                icon_name="upload",
                order=order + 1,
                permission="service_norms.add_benchmarkresult",
            ),
        ]
        return items
