"""How the contact centre uses answers: anonymous use counts and feedback to the owner."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """The channel a KCC employee answered through."""

    WEB = "web", _("Website text")
    PHONE = "phone", _("Phone script")
    EMAIL = "email", _("E-mail text")
    SOCIAL = "social", _("Social media text")


class AnswerUsage(models.Model):
    """One use of an answer by the KCC: which answer, which channel, when. No personal data."""

    answer = models.ForeignKey(
        "kcc_content.QuestionAnswer", on_delete=models.CASCADE, related_name="usages"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    used_at = models.DateTimeField(_("used at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("answer use")

    def __str__(self):
        return f"{self.answer_id} via {self.channel} at {self.used_at:%Y-%m-%d %H:%M}"


class AnswerFeedback(models.Model):
    """A KCC employee's remark to the owner of an answer ("this is no longer correct")."""

    answer = models.ForeignKey(
        "kcc_content.QuestionAnswer", on_delete=models.CASCADE, related_name="feedback"
    )
    message = models.TextField(_("message"), max_length=2000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("feedback on an answer")
        verbose_name_plural = _("feedback on answers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.message[:60]
