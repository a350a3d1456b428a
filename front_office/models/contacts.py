"""Registered contacts (Klantinteracties: ``klantcontacten``): every question the front office handles.

A contact records the channel, what the answer came from (answers, products), the outcome and an
optional note; no name or contact details. When a follow-up is needed the contact leads to a
``ContactRequest``, which holds the resident's details for as long as the retention rule allows.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

NOTE_MAX_LENGTH = 1000


class ContactChannel(models.TextChoices):
    """How the resident reached us."""

    PHONE = "phone", _("Phone")
    COUNTER = "counter", _("Counter")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Letter")
    CHAT = "chat", _("Chat")
    SOCIAL_MEDIA = "social", _("Social media")
    WEBSITE_FORM = "website", _("Website form")


class ContactOutcome(models.TextChoices):
    """What came of the contact."""

    ANSWERED = "answered", _("Answered")
    PASSED_ON = "passed_on", _("Passed on to a team")
    CALLBACK = "callback", _("Callback request")


class ContactMoment(models.Model):
    """One contact with a resident or business, registered by the contact centre."""

    registered_at = models.DateTimeField(_("registered at"), db_index=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    channel = models.CharField(_("channel"), max_length=10, choices=ContactChannel.choices)
    outcome = models.CharField(_("outcome"), max_length=10, choices=ContactOutcome.choices)
    answers = models.ManyToManyField(
        "kcc_content.QuestionAnswer", verbose_name=_("answers used"), blank=True, related_name="+"
    )
    products = models.ManyToManyField(
        "kcc_content.ProductPage", verbose_name=_("products"), blank=True, related_name="+"
    )
    team = models.ForeignKey(
        "front_office.HandlingTeam",
        verbose_name=_("passed on to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    note = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    note_scrubbed_at = models.DateTimeField(_("note cleaned at"), null=True, blank=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["-registered_at"]
        permissions = [("view_contact_report", "Can view the contact report")]

    def __str__(self):
        return f"{self.get_channel_display()} {self.registered_at:%Y-%m-%d %H:%M}"
