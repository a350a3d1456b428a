"""App configuration for the readability checks' Wagtail integration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadabilityConfig(AppConfig):
    """Registers the plain-language checks with Django and Wagtail."""

    name = "readability"
    verbose_name = _("Plain language")
    default_auto_field = "django.db.models.BigAutoField"
