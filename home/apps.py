"""App configuration for the public site's core pages."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home, section, content and news pages, search and site settings."""

    name = "home"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The landing page sections, and the menu and footer pages for the front caches' purges.
        from home import purge_rules, sections  # noqa: F401
