"""App configuration of the contact centre's front office."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontOfficeConfig(AppConfig):
    """Registered contacts, callback and contact requests, their team queues and measured norms."""

    name = "front_office"
    verbose_name = _("Front office")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Audit-log labels, the forms on the contact and product pages, and the service norms
        # measured from handling (service_norms.measures).
        from front_office import log_actions, norm_measures, sections  # noqa: F401
