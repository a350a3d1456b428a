"""Wagtail admin for content ownership and review: review action, dashboard panel, report,
explorer columns, and where a reviewer lands after a workflow decision."""

from django.db.models import Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from core.ownership import OwnedContentMixin
from core.page_actions import register_page_action
from governance.models import ReviewSchedule
from governance.review import REVIEWED_ACTION
from governance.review_columns import ReviewDateColumn
from governance.views import ContentReviewReportView, mark_page_reviewed
from governance.workflow_actions import after_decision_in_editor

DASHBOARD_LIMIT = 15


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("content/<int:page_id>/reviewed/", mark_page_reviewed, name="content_mark_reviewed"),
        path(
            "reports/content-review/",
            ContentReviewReportView.as_view(),
            name="content_review_report",
        ),
        path(
            "reports/content-review/results/",
            ContentReviewReportView.as_view(results_only=True),
            name="content_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(
        _("Content review"), reverse("content_review_report"), icon_name="calendar-check", order=650
    )


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(
        REVIEWED_ACTION, _("Checked, still current"), _("Checked: the content is still current")
    )


def may_mark_reviewed(page, user) -> bool:
    """A live, owned page the user may edit (decided without loading the specific page)."""
    return (
        page.live
        and issubclass(page.specific_class or type(page), OwnedContentMixin)
        and page.permissions_for_user(user).can_edit()
    )


#: "Gecontroleerd, nog actueel" in the page editor's header menu and the explorer's "more" menu.
register_page_action(
    _("Checked, still current"),
    "content_mark_reviewed",
    icon="calendar-check",
    priority=5,
    applies_to=may_mark_reviewed,
    with_next_url=True,
)


class MyContentToCheckPanel(Component):
    """Dashboard panel "Mijn te controleren inhoud": my teams' overdue and due-soon items."""

    name = "my_content_to_check"
    order = 50
    template_name = "governance/my_review_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        schedules = ReviewSchedule.objects.needing_review().select_related(
            "owning_team", "content_type"
        )
        mine = schedules.owned_by(user.groups.all()) | schedules.filter(responsible_person=user)
        return {"items": list(mine.distinct()[:DASHBOARD_LIMIT]), "request": self.request}


@hooks.register("construct_homepage_panels")
def add_my_content_panel(request, panels):
    panels.append(MyContentToCheckPanel(request))


@hooks.register("construct_explorer_page_queryset")
def annotate_review_schedule(parent_page, pages, request):
    """Owner and next review date for the explorer columns, fetched in the listing query."""
    schedules = ReviewSchedule.objects.for_listed_page()
    return pages.annotate(
        review_owner=Subquery(schedules.values("owning_team__name")[:1]),
        review_next_date=Subquery(schedules.values("next_review_date")[:1]),
    )


class OwnedPageViewSet(PageViewSet):
    """The page explorer with two extra columns: owning team and next review date."""

    model = Page
    columns = [
        *PageViewSet.index_view_class.base_columns,
        Column("review_owner", label=_("Owning team"), width="12%"),
        ReviewDateColumn("review_next_date", label=_("Next review"), width="14%"),
    ]


@hooks.register("register_admin_viewset")
def register_owned_page_viewset():
    return OwnedPageViewSet("owned_pages")


@hooks.register("after_edit_page")
def land_after_a_workflow_decision(request, page):
    """After a reviewer's decision in the page editor (team approval or the B1 check), say what
    it did and land on a screen the reviewer may open."""
    return after_decision_in_editor(request, page)
