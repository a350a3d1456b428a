"""App configuration for the youth section (public under /jongeren/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    """Young people propose ideas and vote on them."""

    name = "youth"
    verbose_name = _("Youth section")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The landing page sections, and what the front caches purge when a proposal changes.
        from youth import purge_rules, sections  # noqa: F401
