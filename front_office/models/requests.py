"""Callback and contact requests (Klantinteracties: ``internetaken``): a follow-up with a due time.

A request comes from a resident's form on the website or from a contact the contact centre
registered. It gets a reference number, a team, and a due time from its service norm counted in
working hours (``core.working_time``). The team claims it, adds notes, hands it over or closes it
with an outcome; every step is in Wagtail's audit log and sends at most one e-mail.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.retention import BLANK
from participation.models import ContactDetails

SUBJECT_MAX_LENGTH = 150
QUESTION_MAX_LENGTH = 2000
NOTE_MAX_LENGTH = 2000


class RequestKind(models.TextChoices):
    CALLBACK = "callback", _("Callback request")
    QUESTION = "question", _("Contact request")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


class RequestSource(models.TextChoices):
    WEBSITE = "website", _("Website form")
    CONTACT_CENTRE = "kcc", _("Contact centre")


class PreferredTime(models.TextChoices):
    ANY = "any", _("No preference")
    MORNING = "morning", _("Morning")
    AFTERNOON = "afternoon", _("Afternoon")


class ClosingOutcome(models.TextChoices):
    ANSWERED = "answered", _("Answered")
    NOT_REACHED = "not_reached", _("Could not reach the resident")
    REFERRED = "referred", _("Referred elsewhere")
    WITHDRAWN = "withdrawn", _("Withdrawn by the resident")


class ContactRequestQuerySet(models.QuerySet):
    def unfinished(self):
        return self.exclude(status=RequestStatus.CLOSED)

    def overdue(self, now=None):
        return self.unfinished().filter(due_at__lt=now or timezone.now())


class ContactRequest(ContactDetails, models.Model):
    """A resident's request to be called back or to get a written answer."""

    contact_fields = {"name": BLANK, "phone": BLANK, "email": BLANK}
    contact_anonymised_field = "anonymised_at"

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=RequestKind.choices)
    source = models.CharField(_("source"), max_length=10, choices=RequestSource.choices)
    contact = models.ForeignKey(
        "front_office.ContactMoment",
        verbose_name=_("from contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    product = models.ForeignKey(
        "kcc_content.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX_LENGTH)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    name = models.CharField(_("name"), max_length=100, blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    preferred_time = models.CharField(
        _("preferred time of day"),
        max_length=10,
        choices=PreferredTime.choices,
        default=PreferredTime.ANY,
    )
    language = models.CharField(_("language"), max_length=10, default="nl")

    team = models.ForeignKey(
        "front_office.HandlingTeam",
        verbose_name=_("team"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RequestStatus.choices,
        default=RequestStatus.OPEN,
        db_index=True,
    )
    created_at = models.DateTimeField(_("received at"), db_index=True)
    due_at = models.DateTimeField(_("due at"), db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, db_index=True)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=ClosingOutcome.choices, blank=True
    )
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("callback or contact request")
        verbose_name_plural = _("callback and contact requests")
        ordering = ["due_at"]

    def __str__(self):
        return self.reference

    @property
    def is_closed(self) -> bool:
        return self.status == RequestStatus.CLOSED

    def is_overdue(self, now=None) -> bool:
        return not self.is_closed and self.due_at < (now or timezone.now())

    def handled_in_time(self) -> bool | None:
        """Closed before its due time; None while still open."""
        if self.closed_at is None:
            return None
        return self.closed_at <= self.due_at


class RequestNote(models.Model):
    """A note by a team member on a request (what was agreed, why it was handed over)."""

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    text = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["created_at"]

    def __str__(self):
        return self.text[:60]
