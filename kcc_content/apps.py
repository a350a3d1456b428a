"""App configuration for the KCC content app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KccContentConfig(AppConfig):
    """Products, question-and-answer articles and the ownership of all public content."""

    name = "kcc_content"
    verbose_name = _("Content and knowledge base")
    default_auto_field = "django.db.models.BigAutoField"
