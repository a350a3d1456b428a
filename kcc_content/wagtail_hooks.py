"""Wagtail admin for the knowledge base: the Kennisbank, the answers and the editor's CSS."""

import datetime

from django.db.models import Count, Q
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_menu import PermissionMenuItem
from kcc_content import kennisbank
from kcc_content.models import QuestionAnswer


@hooks.register("register_admin_urls")
def register_kennisbank_urls():
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


@hooks.register("register_admin_menu_item")
def register_kennisbank_menu_item():
    # Shown to users who may view answers (the KCC group, editors, administrators).
    return PermissionMenuItem(
        _("Knowledge base"),
        reverse("kcc_kennisbank"),
        icon_name="help",
        order=150,
        permission="kcc_content.view_questionanswer",
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


@hooks.register("insert_editor_css")
def channel_variants_side_by_side():
    return format_html('<link rel="stylesheet" href="{}">', static("kcc_content/kennisbank.css"))
