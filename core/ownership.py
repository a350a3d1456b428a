"""Who owns a piece of content and when it must be checked again.

Every public page type and (later) every knowledge-base answer uses ``OwnedContentMixin``, so
the rule "when is this item due for review" lives in one place: ``review_status``.
"""

import datetime
from enum import StrEnum

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from core.read_only_panels import ReadOnlyFieldPanel

DUE_SOON_DAYS = 30


class ReviewStatus(StrEnum):
    """Where an item stands in its review cycle."""

    CURRENT = "current"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        """Dutch label for editors."""
        return str(REVIEW_STATUS_LABELS[self])


REVIEW_STATUS_LABELS = {
    ReviewStatus.CURRENT: _("Current"),
    ReviewStatus.DUE_SOON: _("Due soon"),
    ReviewStatus.OVERDUE: _("Overdue"),
}


def add_months(date: datetime.date, months: int) -> datetime.date:
    """Add calendar months, clamping the day to the end of a shorter month (31 Jan + 1 = 28 Feb)."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    for day in (date.day, 30, 29, 28):
        try:
            return date.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(f"Cannot add {months} months to {date}")


def review_status_for(due: datetime.date | None, today: datetime.date) -> ReviewStatus:
    """The one rule for review status: overdue after the due date (or with no date at all),
    due soon within ``DUE_SOON_DAYS`` days of it, current otherwise."""
    if due is None or due < today:
        return ReviewStatus.OVERDUE
    if due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
        return ReviewStatus.DUE_SOON
    return ReviewStatus.CURRENT


class OwnedContentMixin(models.Model):
    """Content owner (a team), an optional responsible person and the review cycle.

    Subclasses set ``default_review_interval_months`` (12 for ordinary pages; products and
    answers use 6). ``last_reviewed_at`` is what the public "Laatst gecontroleerd op" line shows.
    """

    default_review_interval_months = 12

    owning_team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The team that keeps this content correct and current."),
    )
    responsible_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_interval_months = models.PositiveSmallIntegerField(
        verbose_name=_("review interval (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the default for this type of content."),
    )
    last_reviewed_at = models.DateField(
        verbose_name=_("last reviewed on"),
        null=True,
        blank=True,
    )
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    ownership_panels = [
        MultiFieldPanel(
            [
                FieldPanel("owning_team"),
                FieldPanel("responsible_person"),
                FieldPanel("review_interval_months"),
                ReadOnlyFieldPanel("last_reviewed_at"),
                ReadOnlyFieldPanel("last_reviewed_by"),
            ],
            heading=_("Ownership and review"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def review_interval(self) -> int:
        """The review interval in months: the item's own, or its type's default."""
        return self.review_interval_months or self.default_review_interval_months

    @property
    def last_checked_date(self) -> datetime.date | None:
        """The date residents see as "last checked": the review date, else the first publication."""
        if self.last_reviewed_at:
            return self.last_reviewed_at
        published = getattr(self, "last_published_at", None)
        return timezone.localdate(published) if published else None

    @property
    def next_review_date(self) -> datetime.date | None:
        """When the item must be checked again, or None if it was never checked or published."""
        checked = self.last_checked_date
        return add_months(checked, self.review_interval) if checked else None

    def review_status(self, today: datetime.date | None = None) -> ReviewStatus:
        """Current, due within ``DUE_SOON_DAYS`` days, or overdue (never reviewed counts as overdue)."""
        return review_status_for(self.next_review_date, today or timezone.localdate())
