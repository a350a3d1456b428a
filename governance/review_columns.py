"""Admin table column for a review date: the date itself and its status in words.

Wagtail's ``DateColumn`` shows a date as time elapsed ("3 weeks ago"), which turns every future
review date into "just now" and gives an overdue one no marker. Editors need the date and
whether it is current, due soon or overdue.
"""

from django.utils import timezone
from wagtail.admin.ui.tables import Column

from core.ownership import ReviewStatus, review_status_for


class ReviewDateColumn(Column):
    """The next review date with "actueel", "binnenkort" or "te laat" beside it."""

    cell_template_name = "governance/tables/review_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        status = review_status_for(context["value"], timezone.localdate())
        context["status"] = status
        context["status_label"] = status.label
        context["overdue"] = status == ReviewStatus.OVERDUE
        return context
