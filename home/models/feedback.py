"""Answers to "was this page helpful?". No personal data and no IP address is stored.

After a "no" the resident may add a short comment about what they missed. The comment is scrubbed
of e-mail addresses, phone numbers, IBANs and BSNs before it reaches the database.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.page_teams import pages_owned_by
from core.personal_data_scrubbing import scrub_personal_data

COMMENT_MAX_LENGTH = 1000


class PageFeedbackQuerySet(models.QuerySet):
    """Feedback filtered by period and by the team that owns the page."""

    def since(self, days: int):
        """Answers given in the last ``days`` days."""
        return self.filter(created_at__gte=timezone.now() - datetime.timedelta(days=days))

    def not_helpful(self):
        return self.filter(helpful=False)

    def with_comment(self):
        return self.exclude(comment="")

    def for_teams(self, teams):
        """Answers about pages owned by one of ``teams`` (a queryset or list of groups)."""
        return self.filter(pages_owned_by(teams, page_field="page_id"))


class PageFeedback(models.Model):
    """One resident's yes/no answer about one page, with an optional comment after a "no"."""

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(
        _("what was missing"),
        blank=True,
        help_text=_("Scrubbed of e-mail addresses, phone numbers, IBANs and BSNs."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    commented_at = models.DateTimeField(_("commented at"), null=True, blank=True)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(helpful=False) | models.Q(comment=""),
                name="page_feedback_comment_only_when_not_helpful",
            )
        ]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.helpful else 'no'}"

    def add_comment(self, text: str) -> bool:
        """Store a scrubbed comment once, atomically; False if this answer already has one.

        Only a "no" answer takes a comment. The update is conditional in the database, so two
        submissions at the same time cannot both succeed.
        """
        scrubbed = scrub_personal_data(text.strip())
        now = timezone.now()
        updated = PageFeedback.objects.filter(pk=self.pk, helpful=False, comment="").update(
            comment=scrubbed, commented_at=now
        )
        if updated:
            self.comment, self.commented_at = scrubbed, now
        return bool(updated)
