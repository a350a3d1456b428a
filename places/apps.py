"""Floor 1: the places of the municipality (villages and their neighbourhoods) as data."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """The area tree (kern → wijk) that pages, consultations, news and postcodes point at."""

    name = "places"
    verbose_name = _("Places")
    default_auto_field = "django.db.models.BigAutoField"
