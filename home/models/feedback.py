"""Answers to "was this page helpful?". No personal data and no IP address is stored."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class PageFeedback(models.Model):
    """One resident's yes/no answer about one page."""

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField(_("helpful"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.helpful else 'no'}"
