"""Admin reports on what residents tell us: feedback per page and "Wat inwoners missen".

Three Wagtail report views, each filterable by period (7, 30 or 90 days) and exportable as CSV
and XLSX: feedback per page (yes, no, share helpful, latest comments), the not-helpful answers
with their comments by owning team, and the searches without results. Only users with the view
permission on ``PageFeedback`` (or ``SearchWithoutResults`` for searches) see them: superusers
and the "Contentcoördinatoren" group.
"""

from collections import defaultdict

import django_filters
from django.contrib.auth.models import Group
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.page_teams import owning_team_name, pages_owned_by
from core.spreadsheet_safety import FormulaSafeExportMixin
from home.models import PageFeedback, SearchWithoutResults

PERIOD_CHOICES = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("90", _("Last 90 days"))]
DEFAULT_PERIOD_DAYS = 30
LATEST_COMMENTS = 3
TOP_SEARCHES = 10


def _teams(request):
    return Group.objects.order_by("name")


def _keep(queryset, name, value):
    """The period changes the counts, not the rows: the view reads it from the filter form."""
    return queryset


class PeriodFilterSet(WagtailFilterSet):
    """The period every feedback report uses: last 7, 30 (default) or 90 days."""

    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=PERIOD_CHOICES,
        empty_label=None,
        initial=str(DEFAULT_PERIOD_DAYS),
        method=_keep,
    )


class TeamPeriodFilterSet(PeriodFilterSet):
    """Period plus the team that owns the page."""

    team = django_filters.ModelChoiceFilter(
        label=_("Owning team"), queryset=_teams, method="filter_team"
    )

    def filter_team(self, queryset, name, value):
        page_field = "pk" if queryset.model is Page else "page_id"
        return queryset.filter(pages_owned_by([value], page_field=page_field))


class FeedbackPerPageFilterSet(TeamPeriodFilterSet):
    class Meta:
        model = Page
        fields = []


class MissingFeedbackFilterSet(TeamPeriodFilterSet):
    has_comment = django_filters.BooleanFilter(
        label=_("With a comment"), method="filter_has_comment"
    )

    class Meta:
        model = PageFeedback
        fields = []

    def filter_has_comment(self, queryset, name, value):
        return queryset.exclude(comment="") if value else queryset.filter(comment="")


class SearchesFilterSet(PeriodFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=[("nl", _("Dutch")), ("en", _("English"))]
    )

    class Meta:
        model = SearchWithoutResults
        fields = []


class PeriodReportMixin:
    """Reads the chosen period from the filter form; 30 days when none (or a wrong one) is given."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        if data.get("period") not in dict(PERIOD_CHOICES):
            data["period"] = str(DEFAULT_PERIOD_DAYS)
        kwargs["data"] = data
        return kwargs

    @property
    def period_days(self) -> int:
        return int(self.filters.data["period"])

    def get_page_subtitle(self):
        return dict(PERIOD_CHOICES)[str(self.period_days)]


def page_edit_url(page_id) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def latest_comments_by_page(page_ids, days: int) -> dict[int, list[str]]:
    """The newest comments of the last ``days`` days per page, at most ``LATEST_COMMENTS`` each."""
    comments = defaultdict(list)
    rows = (
        PageFeedback.objects.since(days)
        .with_comment()
        .filter(page_id__in=page_ids)
        .order_by("-created_at")
        .values_list("page_id", "comment")
    )
    for page_id, comment in rows:
        if len(comments[page_id]) < LATEST_COMMENTS:
            comments[page_id].append(comment)
    return comments


class CommentsColumn(Column):
    """A list of short resident comments in one cell."""

    cell_template_name = "home/admin/comments_cell.html"


class FeedbackPerPageReportView(FormulaSafeExportMixin, PeriodReportMixin, ReportView):
    """Per page: how many residents found it helpful or not, and what they missed."""

    page_title = _("Feedback per page")
    header_icon = "help"
    index_url_name = "feedback_per_page_report"
    index_results_url_name = "feedback_per_page_report_results"
    filterset_class = FeedbackPerPageFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    model = Page
    export_filename = "feedback-per-pagina"
    columns = [
        TitleColumn("title", label=_("Page"), get_url=lambda page: page_edit_url(page.pk)),
        Column("owning_team_name", label=_("Owning team")),
        Column("yes_count", label=_("Yes")),
        Column("no_count", label=_("No")),
        Column("share_helpful", label=_("Share helpful (%)")),
        CommentsColumn("latest_comments", label=_("Latest comments")),
    ]
    list_export = [
        "title",
        "url_path",
        "owning_team_name",
        "yes_count",
        "no_count",
        "share_helpful",
        "latest_comments",
    ]
    export_headings = {
        "title": _("Page"),
        "url_path": _("Path"),
        "owning_team_name": _("Owning team"),
        "yes_count": _("Yes"),
        "no_count": _("No"),
        "share_helpful": _("Share helpful (%)"),
        "latest_comments": _("Latest comments"),
    }
    custom_field_preprocess = {
        "latest_comments": dict.fromkeys(("csv", "xlsx"), " | ".join),
    }

    def get_queryset(self):
        since = PageFeedback.objects.since(self.period_days).values("pk")
        in_period = Q(feedback__in=since)
        return (
            Page.objects.annotate(
                yes_count=Count("feedback", filter=in_period & Q(feedback__helpful=True)),
                no_count=Count("feedback", filter=in_period & Q(feedback__helpful=False)),
                owning_team_name=owning_team_name("pk"),
            )
            .filter(Q(yes_count__gt=0) | Q(no_count__gt=0))
            .order_by(F("no_count").desc(), "title")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        comments = latest_comments_by_page([page.pk for page in pages], self.period_days)
        for page in pages:
            total = page.yes_count + page.no_count
            page.share_helpful = round(100 * page.yes_count / total) if total else None
            page.latest_comments = comments.get(page.pk, [])
        return pages


class MissingFeedbackReportView(FormulaSafeExportMixin, PeriodReportMixin, ReportView):
    """What residents miss ("Wat inwoners missen"): each "not helpful" answer with its comment.

    The page also shows the most frequent searches without results for the same period.
    """

    page_title = _("What residents miss")
    header_icon = "warning"
    index_url_name = "missing_feedback_report"
    index_results_url_name = "missing_feedback_report_results"
    results_template_name = "home/admin/missing_report_results.html"
    filterset_class = MissingFeedbackFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    model = PageFeedback
    export_filename = "wat-inwoners-missen"
    columns = [
        DateColumn("created_at", label=_("Date")),
        TitleColumn(
            "page_title", label=_("Page"), get_url=lambda item: page_edit_url(item.page_id)
        ),
        Column("owning_team_name", label=_("Owning team")),
        Column("comment", label=_("What was missing")),
    ]
    list_export = ["created_at", "page_title", "page_path", "owning_team_name", "comment"]
    export_headings = {
        "created_at": _("Date"),
        "page_title": _("Page"),
        "page_path": _("Path"),
        "owning_team_name": _("Owning team"),
        "comment": _("What was missing"),
    }

    def get_queryset(self):
        return (
            PageFeedback.objects.since(self.period_days)
            .not_helpful()
            .annotate(
                page_title=F("page__title"),
                page_path=F("page__url_path"),
                owning_team_name=owning_team_name("page_id"),
            )
            .order_by("-created_at")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.has_perm("home.view_searchwithoutresults"):
            context["top_searches"] = list(
                SearchWithoutResults.objects.since(self.period_days).top_queries()[:TOP_SEARCHES]
            )
            context["searches_report_url"] = (
                f"{reverse('searches_without_results_report')}?period={self.period_days}"
            )
        return context


class SearchesWithoutResultsReportView(FormulaSafeExportMixin, PeriodReportMixin, ReportView):
    """The searches that found nothing, summed per query over the period, most frequent first."""

    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "searches_without_results_report"
    index_results_url_name = "searches_without_results_report_results"
    filterset_class = SearchesFilterSet
    permission_policy = ModelPermissionPolicy(SearchWithoutResults)
    permission_required = "view"
    model = SearchWithoutResults
    export_filename = "zoeken-zonder-resultaat"
    columns = [
        Column("query", label=_("Search query")),
        Column("language", label=_("Language")),
        Column("total", label=_("Number of searches")),
        # A calendar day, not a moment: Wagtail's DateColumn would show "15 hours ago" for
        # a search made this afternoon (the day read as midnight UTC).
        Column("last_date", label=_("Last searched")),
    ]
    list_export = ["query", "language", "total", "last_date"]
    export_headings = {
        "query": _("Search query"),
        "language": _("Language"),
        "total": _("Number of searches"),
        "last_date": _("Last searched"),
    }

    def get_queryset(self):
        return SearchWithoutResults.objects.since(self.period_days)

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).top_queries()
