"""Floor 2: what the apps where residents take part share (consultations, youth, neighbourhoods)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    """Moderation, resident contact details and their retention, resident forms and exports."""

    name = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"
