"""Admin views for content currency: "Gecontroleerd, nog actueel" and the review report."""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from core.ownership import REVIEW_STATUS_LABELS, ReviewStatus
from core.spreadsheet_safety import FormulaSafeExportMixin
from governance.models import ReviewSchedule
from governance.review import is_owned, mark_reviewed
from governance.review_columns import ReviewDateColumn


def mark_page_reviewed(request, page_id: int):
    """Confirm (GET) and record (POST) that a page was checked and is still current."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not is_owned(page) or not page.live:
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        schedule = mark_reviewed(page, request.user)
        messages.success(
            request,
            _("“%(title)s” is marked as checked. Next check: %(date)s.")
            % {"title": page.title, "date": schedule.next_review_date.strftime("%d-%m-%Y")},
        )
        return redirect(next_url)
    return TemplateResponse(
        request, "governance/mark_reviewed_confirm.html", {"page": page, "next": next_url}
    )


class ReviewStatusFilter(django_filters.ChoiceFilter):
    """Filter schedules by current / due soon / overdue."""

    def filter(self, queryset, value):
        return queryset.with_status(value) if value else queryset


def _people(request):
    return get_user_model().objects.filter(is_active=True).order_by("first_name", "username")


class ReviewScheduleFilterSet(WagtailFilterSet):
    status = ReviewStatusFilter(
        label=gettext_lazy("Status"),
        choices=[(status.value, REVIEW_STATUS_LABELS[status]) for status in ReviewStatus],
    )
    owning_team = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Owning team"), queryset=Group.objects.order_by("name")
    )
    responsible_person = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Responsible person"), queryset=_people
    )
    no_team = django_filters.BooleanFilter(
        label=gettext_lazy("Without owning team"), field_name="owning_team", lookup_expr="isnull"
    )

    class Meta:
        model = ReviewSchedule
        fields = ["status", "owning_team", "responsible_person", "no_team"]


def _edit_url(schedule):
    return schedule.admin_url


class ContentReviewReportView(FormulaSafeExportMixin, ReportView):
    """All published content by team and review status, for owners and the coordinator."""

    page_title = gettext_lazy("Content review")
    header_icon = "calendar-check"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    filterset_class = ReviewScheduleFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    model = ReviewSchedule
    # One page of rows at a time, read with their team and people in one query: the report
    # does the same work at 5,000 pages as at 20 (tests/kcc_content/test_review_report_queries).
    paginate_by = 50
    columns = [
        TitleColumn("title", label=gettext_lazy("Title"), get_url=_edit_url),
        Column("owning_team", label=gettext_lazy("Owning team")),
        Column("responsible_person", label=gettext_lazy("Responsible person")),
        Column("status_label", label=gettext_lazy("Status")),
        ReviewDateColumn("next_review_date", label=gettext_lazy("Next review")),
        DateColumn("last_reviewed_at", label=gettext_lazy("Last reviewed on")),
        Column("last_reviewed_by", label=gettext_lazy("Last reviewed by")),
    ]
    list_export = [
        "title",
        "owning_team",
        "responsible_person",
        "status_label",
        "next_review_date",
        "last_reviewed_at",
        "last_reviewed_by",
        "review_interval_months",
    ]
    export_headings = {
        "title": gettext_lazy("Title"),
        "owning_team": gettext_lazy("Owning team"),
        "responsible_person": gettext_lazy("Responsible person"),
        "status_label": gettext_lazy("Status"),
        "next_review_date": gettext_lazy("Next review"),
        "last_reviewed_at": gettext_lazy("Last reviewed on"),
        "last_reviewed_by": gettext_lazy("Last reviewed by"),
        "review_interval_months": gettext_lazy("Review interval (months)"),
    }

    def get_queryset(self):
        return ReviewSchedule.objects.select_related(
            "owning_team", "responsible_person", "last_reviewed_by", "content_type"
        ).order_by("next_review_date", "title")
