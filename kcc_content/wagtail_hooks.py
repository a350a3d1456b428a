"""Wagtail admin for content currency: review action, dashboard panel, report, explorer columns."""

import datetime

from django.db.models import CharField, Count, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.admin.widgets.button import Button, ListingButton
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kcc_content.models import QuestionAnswer, ReviewSchedule
from kcc_content.review import REVIEWED_ACTION, is_owned
from kcc_content.review_columns import ReviewDateColumn
from kcc_content.views import ContentReviewReportView, mark_page_reviewed

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


def _mark_reviewed_url(page, next_url=None):
    url = reverse("content_mark_reviewed", args=[page.pk])
    return f"{url}?next={next_url}" if next_url else url


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name=None, next_url=None):
    """ "Gecontroleerd, nog actueel" in the page editor's header menu."""
    if page.live and is_owned(page.specific) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Checked, still current"),
            _mark_reviewed_url(page),
            icon_name="calendar-check",
            priority=5,
        )


@hooks.register("register_page_listing_more_buttons")
def review_listing_button(page, user, next_url=None, **kwargs):
    """The same action in the page explorer's "more" menu."""
    if page.live and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            _("Checked, still current"),
            _mark_reviewed_url(page, next_url),
            icon_name="calendar-check",
            priority=5,
        )


class MyContentToCheckPanel(Component):
    """Dashboard panel "Mijn te controleren inhoud": my teams' overdue and due-soon items."""

    name = "my_content_to_check"
    order = 50
    template_name = "kcc_content/my_review_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        schedules = ReviewSchedule.objects.needing_review().select_related(
            "owning_team", "content_type"
        )
        mine = schedules.filter(owning_team__in=user.groups.all()) | schedules.filter(
            responsible_person=user
        )
        return {"items": list(mine.distinct()[:DASHBOARD_LIMIT]), "request": self.request}


@hooks.register("construct_homepage_panels")
def add_my_content_panel(request, panels):
    panels.append(MyContentToCheckPanel(request))


@hooks.register("construct_explorer_page_queryset")
def annotate_review_schedule(parent_page, pages, request):
    """Owner and next review date for the explorer columns, fetched in the listing query."""
    schedules = ReviewSchedule.objects.filter(
        content_type_id=OuterRef("content_type_id"), object_id=Cast(OuterRef("pk"), CharField())
    )
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


# Knowledge base ------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_kennisbank_urls():
    from kcc_content import kennisbank

    return [
        path("kennisbank/", kennisbank.kennisbank, name="kcc_kennisbank"),
        path(
            "kennisbank/answers/<int:answer_id>/use/", kennisbank.log_use, name="kcc_kennisbank_use"
        ),
        path(
            "kennisbank/answers/<int:answer_id>/feedback/",
            kennisbank.give_feedback,
            name="kcc_kennisbank_feedback",
        ),
    ]


class KennisbankMenuItem(MenuItem):
    """Shown to users who may view answers (the KCC group, editors, administrators)."""

    def is_shown(self, request):
        return request.user.has_perm("kcc_content.view_questionanswer")


@hooks.register("register_admin_menu_item")
def register_kennisbank_menu_item():
    return KennisbankMenuItem(
        _("Knowledge base"), reverse("kcc_kennisbank"), icon_name="help", order=150
    )


class QuestionAnswerViewSet(SnippetViewSet):
    """Question-and-answer articles, with how often the KCC used each in the last 30 days."""

    model = QuestionAnswer
    icon = "help"
    menu_label = _("Questions and answers")
    menu_name = "answers"
    add_to_admin_menu = True
    menu_order = 160
    list_display = [
        "question",
        "status",
        "owning_team",
        Column("usage_last_30_days", label=_("Used by the KCC (30 days)")),
        UpdatedAtColumn(),
    ]
    list_filter = ["status", "audience", "owning_team"]
    search_fields = ["question", "keywords"]

    def get_queryset(self, request):
        since = timezone.now() - datetime.timedelta(days=30)
        return QuestionAnswer.objects.select_related("owning_team", "locale").annotate(
            usage_last_30_days=Count("usages", filter=Q(usages__used_at__gte=since))
        )


register_snippet(QuestionAnswerViewSet)


# Service norms ------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_norm_import_urls():
    from kcc_content.norm_import_views import import_upload

    return [
        path("service-norms/import/<slug:kind>/", import_upload, name="kcc_norm_import"),
    ]


def _register_service_norms():
    """Norms, measurements and benchmark results in one "Servicenormen" menu group."""
    from kcc_content.norm_viewsets import ServiceNormsViewSetGroup

    register_snippet(ServiceNormsViewSetGroup)


_register_service_norms()


@hooks.register("insert_editor_css")
def channel_variants_side_by_side():
    return format_html('<link rel="stylesheet" href="{}">', static("kcc_content/kennisbank.css"))
