"""Which postcodes belong to which area: data editors maintain it and import it from CSV.

A row covers a whole 4-digit postcode, or, where one postcode is split over two areas, a range
of its letters (``AA`` to ``KZ``, inclusive).
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DIGITS_VALIDATOR = RegexValidator(r"^[1-9][0-9]{3}$", _("Use four digits, such as 4941."))
LETTERS_VALIDATOR = RegexValidator(r"^[A-Z]{2}$", _("Use two capital letters, such as AB."))


class PostcodeArea(models.Model):
    """One postcode (or letter range within it) and the area it belongs to."""

    digits = models.CharField(
        _("postcode digits"), max_length=4, validators=[DIGITS_VALIDATOR], db_index=True
    )
    letters_from = models.CharField(
        _("from letters"), max_length=2, blank=True, validators=[LETTERS_VALIDATOR]
    )
    letters_to = models.CharField(
        _("to letters"), max_length=2, blank=True, validators=[LETTERS_VALIDATOR]
    )
    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("area"),
        on_delete=models.CASCADE,
        related_name="postcodes",
    )

    class Meta:
        verbose_name = _("postcode area")
        verbose_name_plural = _("postcode areas")
        ordering = ["digits", "letters_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["digits", "letters_from"], name="postcode_area_unique_start"
            ),
            models.CheckConstraint(
                condition=models.Q(letters_from="", letters_to="")
                | (
                    ~models.Q(letters_from="")
                    & ~models.Q(letters_to="")
                    & models.Q(letters_from__lte=models.F("letters_to"))
                ),
                name="postcode_area_letters_range",
            ),
        ]

    def __str__(self):
        if self.letters_from:
            return f"{self.digits} {self.letters_from}–{self.letters_to}"
        return self.digits

    def covers(self, letters: str) -> bool:
        """True when this row covers ``letters`` (two capital letters)."""
        return not self.letters_from or self.letters_from <= letters <= self.letters_to
