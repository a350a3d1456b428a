"""Service norms (our published promises), their measured results and the national benchmark.

A norm is a promise in plain language with a measurable target ("90 % of e-mails answered within
2 working days"). Measurements record, per month or quarter, which share of cases met the target.
Benchmark results (Waarstaatjegemeente, the national "burgerpeiling") are stored per indicator
code and period so the monitoring page can compare the municipality with the rest of the country.

Moved from ``kcc_content``: each model keeps its table (``Meta.db_table``) and content type.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from service_norms import display
from service_norms.measures import get_measure
from service_norms.norm_form import ServiceNormForm


class Channel(models.TextChoices):
    """Where the promise applies."""

    PHONE = "phone", _("Phone")
    EMAIL = "email", _("E-mail")
    COUNTER = "counter", _("Counter")
    WEBSITE = "website", _("Website")
    SOCIAL_MEDIA = "social", _("Social media")
    LETTER = "letter", _("Letter")
    PRODUCT = "product", _("Product or service")


class TargetUnit(models.TextChoices):
    """The unit of a norm's target value."""

    SECONDS = "seconds", _("seconds")
    MINUTES = "minutes", _("minutes")
    HOURS = "hours", _("hours")
    WORKING_DAYS = "working_days", _("working days")
    WEEKS = "weeks", _("weeks")


class ServiceNorm(TranslatableMixin, models.Model):
    """One published promise. Measurements belong to the norm's source-language version and are
    shared by its translations (matched on ``translation_key``)."""

    code = models.SlugField(
        _("code"),
        max_length=50,
        help_text=_("Short fixed name used in measurement files, e.g. e-mail-antwoord."),
    )
    promise = models.CharField(
        _("promise"),
        max_length=200,
        help_text=_("In plain language, e.g. 'U krijgt binnen 2 werkdagen antwoord op uw e-mail.'"),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    target_value = models.DecimalField(
        _("target value"),
        max_digits=7,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1"))],
    )
    target_unit = models.CharField(_("target unit"), max_length=20, choices=TargetUnit.choices)
    target_share = models.PositiveSmallIntegerField(
        _("target share (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of cases that must meet the target, e.g. 90."),
    )
    measurement_source = models.CharField(
        _("measurement source"),
        max_length=200,
        help_text=_("Where the figures come from, e.g. 'telephony system' or 'case system'."),
    )
    responsible_team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("responsible team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    measured_as = models.CharField(
        _("measured automatically as"),
        max_length=50,
        blank=True,
        help_text=_(
            "Leave empty when the figures are imported. Otherwise the monthly figures are "
            "computed from the registered handling (see service_norms.measures)."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order on the page"), default=0)

    base_form_class = ServiceNormForm
    panels = [
        FieldPanel("promise"),
        FieldPanel("code"),
        FieldPanel("channel"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("target_value"),
                        FieldPanel("target_unit"),
                        FieldPanel("target_share"),
                    ]
                ),
                FieldPanel("measurement_source"),
                FieldPanel("measured_as"),
            ],
            heading=_("Target and measurement"),
        ),
        FieldPanel("responsible_team"),
        FieldPanel("sort_order"),
    ]
    # Only the texts differ per language; the code and the target are the same promise.
    translatable_fields = [
        TranslatableField("promise"),
        TranslatableField("measurement_source"),
        SynchronizedField("code"),
        SynchronizedField("channel"),
        SynchronizedField("target_value"),
        SynchronizedField("target_unit"),
        SynchronizedField("target_share"),
        SynchronizedField("responsible_team"),
        SynchronizedField("sort_order"),
        SynchronizedField("measured_as"),
    ]

    class Meta(TranslatableMixin.Meta):
        db_table = "kcc_content_servicenorm"
        verbose_name = _("service norm")
        verbose_name_plural = _("service norms")
        ordering = ["sort_order", "promise"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_service_norm_code"),
        ]

    def __str__(self):
        return self.promise

    def clean(self):
        """``measured_as`` is empty (imported) or the code of a registered measure."""
        super().clean()
        if self.measured_as and get_measure(self.measured_as) is None:
            raise ValidationError(
                {
                    "measured_as": _("There is no automatic measure called '%(code)s'.")
                    % {"code": self.measured_as}
                }
            )

    @property
    def is_measured(self) -> bool:
        """Whether the figures are computed from handling rather than imported."""
        return bool(self.measured_as)

    @property
    def target_in_words(self) -> str:
        """The target as residents read it, e.g. "90 % binnen 2 werkdagen"."""
        return display.target_in_words(self.target_share, self.target_value, self.target_unit)

    def all_measurements(self) -> models.QuerySet:
        """The measurements of this promise in any language, newest first.

        Measurements are attached to one version of the norm (the source-language one); every
        translation shares them through ``translation_key``.
        """
        return NormMeasurement.objects.filter(norm__translation_key=self.translation_key).order_by(
            "-period_start", "period_type"
        )

    def latest_measurement(self) -> "NormMeasurement | None":
        """The most recent measured period, or None before the first measurement."""
        latest = self.all_measurements().first()
        if latest is not None:
            latest.norm = self  # Judge it against this version's target (they are synchronised).
        return latest

    def recent_measurements(self, count: int) -> list["NormMeasurement"]:
        """The last ``count`` periods of the latest period type (months or quarters), oldest first."""
        latest = self.latest_measurement()
        if latest is None or count < 1:
            return []
        recent = list(self.all_measurements().filter(period_type=latest.period_type)[:count])
        for measurement in recent:
            measurement.norm = self
        return recent[::-1]

    @classmethod
    def source_norms(cls) -> models.QuerySet:
        """Norms in the default language: the versions measurements are attached to."""
        return cls.objects.filter(locale=Locale.get_default())


class NormMeasurement(models.Model):
    """The measured result of one norm over one month or quarter."""

    class PeriodType(models.TextChoices):
        MONTH = "month", _("Month")
        QUARTER = "quarter", _("Quarter")

    norm = models.ForeignKey(
        ServiceNorm,
        verbose_name=_("service norm"),
        on_delete=models.CASCADE,
        related_name="measurements",
    )
    period_type = models.CharField(_("period type"), max_length=10, choices=PeriodType.choices)
    period_start = models.DateField(
        _("start of the period"), help_text=_("The first day of the month or quarter.")
    )
    share_achieved = models.DecimalField(
        _("share achieved (%)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    cases = models.PositiveIntegerField(_("number of cases"))
    explanation = models.TextField(
        _("explanation"),
        max_length=1000,
        blank=True,
        help_text=_("Why the norm was not met, or what we do about it."),
    )

    class Source(models.TextChoices):
        IMPORTED = "imported", _("Imported")
        MEASURED = "measured", _("Measured from handling")

    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.IMPORTED
    )
    final = models.BooleanField(
        _("final"),
        default=True,
        help_text=_("A measured month is final once it has closed; until then it is recomputed."),
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        db_table = "kcc_content_normmeasurement"
        verbose_name = _("norm measurement")
        verbose_name_plural = _("norm measurements")
        ordering = ["norm", "period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["norm", "period_type", "period_start"], name="unique_norm_period"
            ),
        ]

    panels = [
        FieldPanel("norm"),
        FieldRowPanel([FieldPanel("period_type"), FieldPanel("period_start")]),
        FieldRowPanel([FieldPanel("share_achieved"), FieldPanel("cases")]),
        FieldPanel("explanation"),
    ]

    def __str__(self):
        return f"{self.norm.code} {self.period_label}: {display.format_share(self.share_achieved)}"

    def clean(self):
        """A period starts on the first day of a month, or of a quarter (January, April, ...)."""
        super().clean()
        if self.period_start is None:
            return
        if self.period_start.day != 1:
            raise ValidationError(
                {"period_start": _("A period starts on the first day of a month.")}
            )
        if self.period_type == self.PeriodType.QUARTER and self.period_start.month % 3 != 1:
            raise ValidationError(
                {"period_start": _("A quarter starts on 1 January, 1 April, 1 July or 1 October.")}
            )

    @property
    def met(self) -> bool:
        """Whether the share achieved reaches the norm's target share (equal counts as met)."""
        return self.share_achieved >= self.norm.target_share

    @property
    def period_label(self) -> str:
        """The period in words, e.g. "maart 2026" or "kwartaal 1 2026"."""
        return display.period_label(self.period_type, self.period_start)

    @property
    def short_period_label(self) -> str:
        """The period for a chart axis, e.g. "mrt" or "K1"."""
        return display.short_period_label(self.period_type, self.period_start)

    @property
    def share_in_words(self) -> str:
        """The share achieved, e.g. "87,5 %"."""
        return display.format_share(self.share_achieved)

    @property
    def period_end(self) -> datetime.date:
        """The last day of the period."""
        months = 3 if self.period_type == self.PeriodType.QUARTER else 1
        month_index = self.period_start.month - 1 + months
        first_after = self.period_start.replace(
            year=self.period_start.year + month_index // 12, month=month_index % 12 + 1, day=1
        )
        return first_after - datetime.timedelta(days=1)


class BenchmarkResult(models.Model):
    """One indicator result from Waarstaatjegemeente (e.g. the burgerpeiling), for one period."""

    code = models.CharField(_("indicator code"), max_length=20, help_text=_("For example dv01."))
    label = models.CharField(_("indicator"), max_length=255)
    period = models.CharField(_("period"), max_length=20, help_text=_("For example 2025."))
    value = models.DecimalField(_("our value"), max_digits=8, decimal_places=2)
    comparison_value = models.DecimalField(
        _("comparison value"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    comparison_label = models.CharField(
        _("compared with"),
        max_length=100,
        blank=True,
        help_text=_("For example 'Nederland' or 'gemeenten met 25.000 tot 50.000 inwoners'."),
    )
    unit = models.CharField(
        _("unit"), max_length=30, blank=True, help_text=_("For example 'rapportcijfer' or '%'.")
    )
    source_url = models.URLField(_("source"), blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        db_table = "kcc_content_benchmarkresult"
        verbose_name = _("benchmark result")
        verbose_name_plural = _("benchmark results")
        ordering = ["code", "period"]
        constraints = [
            models.UniqueConstraint(fields=["code", "period"], name="unique_benchmark_period"),
        ]

    def __str__(self):
        return f"{self.code} {self.period}: {self.value}"

    @property
    def value_in_words(self) -> str:
        """Our value as residents read it, e.g. "7,0" or "41 %"."""
        return display.format_indicator(self.value, self.unit)

    @property
    def comparison_in_words(self) -> str:
        """The comparison value in the same form, or an empty string."""
        if self.comparison_value is None:
            return ""
        return display.format_indicator(self.comparison_value, self.unit)
