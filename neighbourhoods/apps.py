"""App configuration for neighbourhoods (public under /wijken/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeighbourhoodsConfig(AppConfig):
    """Area pages, neighbourhood office hours and meetings, residents' initiatives and budgets."""

    name = "neighbourhoods"
    verbose_name = _("Neighbourhoods")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The landing page sections, the office hours as an opening source of appointments, and
        # the area pages as landing pages the front caches purge.
        from neighbourhoods import bookable_office_hours, purge_rules, sections  # noqa: F401
