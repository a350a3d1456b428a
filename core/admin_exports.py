"""Wagtail's own admin screens that export CSV/XLSX, with formula-safe cells.

Wagtail's reports (site history, locked pages, aging pages, workflows), the redirects listing
and the search-terms report write what editors and residents typed straight into a spreadsheet.
Each gets a subclass with ``FormulaSafeExportMixin``; ``urlpatterns`` serves them at Wagtail's
own addresses (included before Wagtail's admin URLs in ``config/urls.py``), behind the same
admin-access check, so links and ``reverse()`` keep working. Form submissions use
``get_submissions_list_view_class`` on the form page instead
(``consultations.routes.survey``).
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.redirects.views import IndexView as RedirectsIndexView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core.spreadsheet_safety import FormulaSafeExportMixin


class SiteHistoryReportView(FormulaSafeExportMixin, LogEntriesView):
    """ "Site history" (the audit log)."""


class LockedPagesReportView(FormulaSafeExportMixin, LockedPagesView):
    """ "Locked pages"."""


class AgingPagesReportView(FormulaSafeExportMixin, AgingPagesView):
    """ "Aging pages"."""


class WorkflowReportView(FormulaSafeExportMixin, WorkflowView):
    """ "Workflows"."""


class WorkflowTasksReportView(FormulaSafeExportMixin, WorkflowTasksView):
    """ "Workflow tasks"."""


class RedirectsListingView(FormulaSafeExportMixin, RedirectsIndexView):
    """The redirects listing (its old paths come from editors and imports)."""


class SearchTermsView(FormulaSafeExportMixin, SearchTermsReportView):
    """ "Search terms": what residents typed in the search box."""


def _listing(view_class, route: str) -> list:
    """The listing and its results-only variant, as Wagtail routes them."""
    return [
        path(route, view_class.as_view()),
        path(f"{route}results/", view_class.as_view(results_only=True)),
    ]


# Relative to the admin prefix; these must stay equal to Wagtail's own paths (a test checks that
# every export URL Wagtail reverses lands here).
urlpatterns = decorate_urlpatterns(
    [
        *_listing(SiteHistoryReportView, "reports/site-history/"),
        *_listing(LockedPagesReportView, "reports/locked/"),
        *_listing(AgingPagesReportView, "reports/aging-pages/"),
        *_listing(WorkflowReportView, "reports/workflow/"),
        *_listing(WorkflowTasksReportView, "reports/workflow_tasks/"),
        *_listing(RedirectsListingView, "redirects/"),
        *_listing(SearchTermsView, "searchpicks/reports/search-terms/"),
    ],
    require_admin_access,
)
