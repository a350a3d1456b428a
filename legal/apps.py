"""App configuration for the pages the law requires of a municipal website."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    """Contact page, privacy statement, accessibility statement and cookie statement."""

    name = "legal"
    verbose_name = _("Required pages")
    default_auto_field = "django.db.models.BigAutoField"
