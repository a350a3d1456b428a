"""Admin report "Leesbaarheid": every checked page with its B1 verdict, filterable and exportable."""

import django_filters
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from core.spreadsheet_safety import FormulaSafeExportMixin
from readability.check_labels import ChecksColumn
from readability.models import ReadabilityResult

REPORT_PERMISSION = "readability.view_readability_report"


def can_view_readability_report(user) -> bool:
    """Whether ``user`` may open the "Leesbaarheid" report (coordinators, language coaches)."""
    return user.is_active and user.has_perm(REPORT_PERMISSION)


def _sections(request):
    return Page.objects.filter(depth=3).order_by("path")


class ReadabilityReportFilterSet(WagtailFilterSet):
    """Filter by section, owning team and verdict."""

    section = django_filters.ModelChoiceFilter(label=_("Section"), queryset=_sections)
    owning_team = django_filters.ModelChoiceFilter(
        label=_("Owning team"), queryset=Group.objects.order_by("name")
    )
    meets_b1 = django_filters.BooleanFilter(label=_("Meets B1"))

    class Meta:
        model = ReadabilityResult
        fields = ["section", "owning_team", "meets_b1"]


def _edit_url(result):
    """Pages link to their editor; snippets are listed without a link."""
    return result.admin_url if result.is_page else None


class ReadabilityReportView(FormulaSafeExportMixin, ReportView):
    """All published content with its plain-language result, worst first."""

    page_title = _("Readability")
    header_icon = "doc-full-inverse"
    index_url_name = "readability_report"
    index_results_url_name = "readability_report_results"
    filterset_class = ReadabilityReportFilterSet
    model = ReadabilityResult
    # One page of rows at a time, read with their section, team and type in one query: the
    # report does the same work at 5,000 pages as at 20 (tests/readability/test_report_queries).
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Title"), get_url=_edit_url),
        Column("section", label=_("Section")),
        Column("owning_team", label=_("Owning team")),
        BooleanColumn("meets_b1", label=_("Meets B1")),
        Column("level", label=_("Level")),
        Column("flesch_douma", label=_("Flesch-Douma")),
        ChecksColumn("problems", label=_("Checks to improve")),
        DateColumn("analysed_at", label=_("Checked")),
    ]
    list_export = [
        "title",
        "section",
        "owning_team",
        "meets_b1",
        "level",
        "flesch_douma",
        "words",
        "problems",
        "analysed_at",
    ]
    export_headings = {
        "title": _("Title"),
        "section": _("Section"),
        "owning_team": _("Owning team"),
        "meets_b1": _("Meets B1"),
        "level": _("Level"),
        "flesch_douma": _("Flesch-Douma"),
        "words": _("Words"),
        "problems": _("Checks to improve"),
        "analysed_at": _("Checked"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_readability_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return ReadabilityResult.objects.select_related(
            "section", "owning_team", "content_type"
        ).order_by("meets_b1", "section__path", "title")
