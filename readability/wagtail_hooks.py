"""Wagtail integration of the plain-language checks: endpoint, report, word list and listings."""

from django.db.models import Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from readability.models import OfficialeseWord, ReadabilityResult
from readability.reports import ReadabilityReportView, can_view_readability_report
from readability.results import result_for
from readability.views import live_check


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path("readability/check/", live_check, name="readability_live_check"),
        path("reports/readability/", ReadabilityReportView.as_view(), name="readability_report"),
        path(
            "reports/readability/results/",
            ReadabilityReportView.as_view(results_only=True),
            name="readability_report_results",
        ),
    ]


class ReadabilityReportMenuItem(MenuItem):
    """The report's menu entry, shown to whoever may open the report."""

    def is_shown(self, request):
        return can_view_readability_report(request.user)


@hooks.register("register_reports_menu_item")
def register_readability_report_menu_item():
    return ReadabilityReportMenuItem(
        _("Readability"), reverse("readability_report"), icon_name="doc-full-inverse", order=700
    )


class OfficialeseWordViewSet(SnippetViewSet):
    """Editors keep the officialese list: word, plain alternatives and inflected forms."""

    model = OfficialeseWord
    icon = "warning"
    menu_label = _("Officialese words")
    menu_name = "officialese"
    add_to_admin_menu = False
    list_display = ["word", "alternatives", "active"]
    list_filter = ["active"]
    search_fields = ["word"]


register_snippet(OfficialeseWordViewSet)


@hooks.register("construct_explorer_page_queryset")
def annotate_readability(parent_page, pages, request):
    """Fetch each listed page's B1 verdict in the listing query itself (no query per row)."""
    results = ReadabilityResult.objects.for_listed_page()
    return pages.annotate(
        readability_meets_b1=Subquery(results.values("meets_b1")[:1]),
        readability_level=Subquery(results.values("level")[:1]),
    )


@hooks.register("register_page_listing_buttons")
def readability_badge(page, user, next_url=None, **kwargs):
    """A B1 badge in the page explorer, linking to the page editor's language check."""
    if hasattr(page, "readability_meets_b1"):
        meets_b1, level = page.readability_meets_b1, page.readability_level
    else:
        result = result_for(page)
        meets_b1, level = (result.meets_b1, result.level) if result else (None, None)
    if meets_b1 is None:
        return
    label = _("B1 ✓") if meets_b1 else _("B1 ✗ (%(level)s)") % {"level": level}
    yield ListingButton(
        label,
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        priority=5,
        attrs={"title": _("Language check (B1)")},
    )
