"""Residents' initiatives (buurtinitiatieven) and the neighbourhood budget they draw on.

An initiative moves through fixed statuses (``neighbourhoods.initiative_status`` holds the
transitions); every change is recorded as an ``InitiativeStatusChange`` and e-mailed to the
resident once. The contact details are for staff only and never appear on a public page.

``NeighbourhoodBudget.allocated`` is the sum of the amounts approved from that budget. The
database refuses an allocation above the budget (check constraint), and approvals add to it with
one conditional UPDATE, so two approvals at the same moment cannot overspend.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from core.personal_data_review import PersonalDataReview
from core.retention import BLANK, Replace
from participation.models import ContactDetails

TITLE_MAX = 120
TEXT_MAX = 2000
MAX_AMOUNT = Decimal("99999.99")
#: What is left of the e-mail address after retention: the field must hold a valid address, and
#: ``.invalid`` can never receive mail.
ANONYMISED_EMAIL = "verwijderd@anoniem.invalid"


class NeighbourhoodBudget(models.Model):
    """The money an area has for residents' initiatives in one year."""

    area = models.ForeignKey(
        "neighbourhoods.AreaPage",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="budgets",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    amount = models.DecimalField(
        _("budget (euro)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    allocated = models.DecimalField(
        _("approved so far (euro)"), max_digits=10, decimal_places=2, default=Decimal("0")
    )

    class Meta:
        verbose_name = _("neighbourhood budget")
        verbose_name_plural = _("neighbourhood budgets")
        ordering = ["-year", "area__title"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="one_budget_per_area_and_year"),
            models.CheckConstraint(
                condition=models.Q(allocated__gte=0) & models.Q(allocated__lte=models.F("amount")),
                name="budget_allocated_within_amount",
            ),
        ]

    def __str__(self):
        return f"{self.area.title} {self.year}"

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.allocated


class InitiativeStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_CONVERSATION = "in_conversation", _("In conversation")
    APPROVED = "approved", _("Approved")
    NOT_APPROVED = "not_approved", _("Not approved")
    CARRIED_OUT = "carried_out", _("Carried out")


#: The statuses in which an initiative is shown on its area page.
PUBLIC_STATUSES = (InitiativeStatus.APPROVED, InitiativeStatus.CARRIED_OUT)


class Initiative(ContactDetails, PersonalDataReview, ClusterableModel):
    """A resident's idea for their neighbourhood, with an optional request for money.

    The texts shown on the area page are checked for personal data before the initiative is
    approved (``core.personal_data_review``). The contact details are removed after the
    retention period (``participation.models.ContactDetails``).
    """

    public_text_fields = ("title", "description", "location", "helpers", "result")
    contact_fields = {
        "contact_name": BLANK,
        "contact_email": Replace(ANONYMISED_EMAIL),
        "contact_phone": BLANK,
    }
    contact_anonymised_field = "contact_anonymised_at"

    area = models.ForeignKey(
        "neighbourhoods.AreaPage",
        verbose_name=_("area"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    description = models.TextField(_("what do you want to do"), max_length=TEXT_MAX)
    location = models.CharField(_("where"), max_length=200)
    helpers = models.TextField(_("who helps"), max_length=1000)
    budget_requested = models.DecimalField(
        _("amount requested (euro)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    budget_explanation = models.TextField(_("what the money is for"), max_length=1000, blank=True)
    image = models.ImageField(
        _("photo from the resident"),
        upload_to="neighbourhoods/initiatives/%Y/%m/",
        blank=True,
        max_length=200,
    )
    show_resident_photo = models.BooleanField(
        _("show the resident's photo on the area page"), default=True
    )
    contact_name = models.CharField(_("name of the contact person"), max_length=100)
    contact_email = models.EmailField(_("e-mail of the contact person"))
    contact_phone = models.CharField(_("phone number"), max_length=30, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.RECEIVED,
        db_index=True,
    )
    approved_amount = models.DecimalField(
        _("approved amount (euro)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    budget = models.ForeignKey(
        NeighbourhoodBudget,
        verbose_name=_("paid from budget"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    decision_reason = models.TextField(
        _("explanation of the decision"), max_length=2000, blank=True
    )
    result = models.TextField(
        _("what was done"),
        max_length=2000,
        blank=True,
        help_text=_("Shown on the area page once the initiative has been carried out."),
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    contact_anonymised_at = models.DateTimeField(
        _("contact details removed at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("residents' initiative")
        verbose_name_plural = _("residents' initiatives")
        ordering = ["-created_at"]
        permissions = [
            ("decide_initiative", _("Can change the status of residents' initiatives")),
            ("view_initiative_contact", _("Can see contact details of initiators")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(approved_amount__isnull=True) | models.Q(approved_amount__gte=0),
                name="initiative_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["approved", "carried_out"])
                | models.Q(approved_amount__isnull=False),
                name="initiative_approved_has_amount",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES


class InitiativePhoto(Orderable):
    """A photo staff add to an approved or finished initiative (from the media library)."""

    initiative = ParentalKey(Initiative, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class InitiativeStatusChange(models.Model):
    """One step in an initiative's life; the resident gets one e-mail about each step."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(
        _("from"), max_length=20, choices=InitiativeStatus.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=InitiativeStatus.choices)
    amount = models.DecimalField(
        _("approved amount (euro)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    note = models.TextField(_("message to the resident"), max_length=2000, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    email_sent_at = models.DateTimeField(_("e-mail sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.initiative_id}: {self.from_status} → {self.to_status}"
