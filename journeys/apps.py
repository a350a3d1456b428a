"""App configuration for customer journeys."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JourneysConfig(AppConfig):
    """Customer journeys ("klantreizen"): a life event's steps, filtered by a few questions."""

    name = "journeys"
    verbose_name = _("Customer journeys")
    default_auto_field = "django.db.models.BigAutoField"
