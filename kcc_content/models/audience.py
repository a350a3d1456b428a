"""Who a product or answer is for: one list of choices shared by products and answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who a product or answer is for."""

    RESIDENTS = "residents", _("Residents")
    BUSINESSES = "businesses", _("Businesses")
    BOTH = "both", _("Residents and businesses")
