"""Floor 0: what every app of the site may use and that uses none of them."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.periodic_jobs import discover_jobs
from core.retention import discover_rules


class CoreConfig(AppConfig):
    """Page base, privacy, rate limits, registries and admin helpers shared by every app."""

    name = "core"
    verbose_name = _("Site core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import checks  # noqa: F401  (registers the system checks)

        discover_rules()
        discover_jobs()
