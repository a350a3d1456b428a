"""App configuration for neighbourhoods (public under /wijken/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeighbourhoodsConfig(AppConfig):
    """Area pages, neighbourhood office hours and meetings, residents' initiatives and budgets."""

    name = "neighbourhoods"
    verbose_name = _("Neighbourhoods")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from neighbourhoods import sections  # noqa: F401  (registers the landing page sections)
