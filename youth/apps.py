"""App configuration for the youth section (public under /jongeren/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    """Young people propose ideas and vote on them."""

    name = "youth"
    verbose_name = _("Youth section")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from youth import sections  # noqa: F401  (registers the landing page sections)
