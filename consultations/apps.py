"""App configuration for consultations (public under /doe-mee/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Consultations where residents take part in policy."""

    name = "consultations"
    verbose_name = _("Consultations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from consultations import sections  # noqa: F401  (registers the landing page sections)
