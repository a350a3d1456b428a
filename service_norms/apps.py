"""App configuration for service norms."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceNormsConfig(AppConfig):
    """Service norms: the municipality's promises, their monthly measurements and the benchmark."""

    name = "service_norms"
    verbose_name = _("Service norms")
    default_auto_field = "django.db.models.BigAutoField"
