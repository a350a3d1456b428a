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
        # Imported here: the checks register themselves; the purge rules read Wagtail's models,
        # which are not loaded when this module is.
        from core import checks, purge_rules  # noqa: F401

        discover_rules()
        discover_jobs()
        purge_rules.connect()
        from core.locales_per_request import remember_locales_per_request  # uses loaded models

        remember_locales_per_request()
        from core import view_restrictions_per_request  # uses loaded models

        view_restrictions_per_request.remember_view_restrictions_per_request()
