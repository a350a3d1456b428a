"""Wagtail admin for resident feedback: the reports, their menu items and the dashboard panel."""

from django.contrib.auth.models import Group
from django.db.models import Count, F, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from core.admin_menu import PermissionMenuItem
from core.page_teams import owning_team_name, pages_owned_by
from home import search_admin  # noqa: F401 (registers the search synonyms' admin)
from home.models import PageFeedback
from home.views.feedback_reports import (
    FeedbackPerPageReportView,
    MissingFeedbackReportView,
    SearchesWithoutResultsReportView,
    latest_comments_by_page,
)

PANEL_DAYS = 30
PANEL_LIMIT = 10
REPORTS = [
    ("feedback/", "feedback_per_page_report", FeedbackPerPageReportView),
    ("missing/", "missing_feedback_report", MissingFeedbackReportView),
    (
        "searches-without-results/",
        "searches_without_results_report",
        SearchesWithoutResultsReportView,
    ),
]


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    urls = []
    for prefix, name, view in REPORTS:
        urls.append(path(f"reports/{prefix}", view.as_view(), name=name))
        urls.append(
            path(
                f"reports/{prefix}results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            )
        )
    return urls


@hooks.register("register_reports_menu_item")
def register_feedback_per_page_menu_item():
    return PermissionMenuItem(
        _("Feedback per page"),
        reverse("feedback_per_page_report"),
        icon_name="help",
        order=660,
        permission="home.view_pagefeedback",
    )


@hooks.register("register_reports_menu_item")
def register_missing_report_menu_item():
    return PermissionMenuItem(
        _("What residents miss"),
        reverse("missing_feedback_report"),
        icon_name="warning",
        order=661,
        permission="home.view_pagefeedback",
    )


@hooks.register("register_reports_menu_item")
def register_searches_report_menu_item():
    return PermissionMenuItem(
        _("Searches without results"),
        reverse("searches_without_results_report"),
        icon_name="search",
        order=662,
        permission="home.view_searchwithoutresults",
    )


def pages_with_negative_feedback(teams, days: int = PANEL_DAYS):
    """Pages owned by ``teams`` with "not helpful" answers in the last ``days`` days, worst first."""
    since = PageFeedback.objects.since(days).values("pk")
    in_period = Q(feedback__in=since)
    return (
        Page.objects.filter(pages_owned_by(teams))
        .annotate(
            no_count=Count("feedback", filter=in_period & Q(feedback__helpful=False)),
            yes_count=Count("feedback", filter=in_period & Q(feedback__helpful=True)),
            owning_team_name=owning_team_name("pk"),
        )
        .filter(no_count__gt=0)
        .order_by(F("no_count").desc(), "title")
    )


class PageFeedbackPanel(Component):
    """Dashboard panel "Feedback op uw pagina's": my teams' pages that did not help residents."""

    name = "page_feedback"
    order = 60
    template_name = "home/admin/feedback_panel.html"

    def __init__(self, request, teams):
        self.request = request
        self.teams = teams

    def get_context_data(self, parent_context):
        pages = list(pages_with_negative_feedback(self.teams)[:PANEL_LIMIT])
        comments = latest_comments_by_page([page.pk for page in pages], PANEL_DAYS)
        for page in pages:
            page.latest_comments = comments.get(page.pk, [])
        report_url = None
        if self.request.user.has_perm("home.view_pagefeedback"):
            report_url = reverse("feedback_per_page_report")
        return {"pages": pages, "report_url": report_url}


@hooks.register("construct_homepage_panels")
def add_page_feedback_panel(request, panels):
    """Only for members of a team: the panel shows feedback on their teams' pages."""
    teams = list(Group.objects.filter(user=request.user))
    if teams:
        panels.append(PageFeedbackPanel(request, teams))
