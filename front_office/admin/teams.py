"""Handling teams under *Settings*: which user groups take requests, and their mailboxes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from front_office.models import HandlingTeam


class HandlingTeamViewSet(SnippetViewSet):
    """Administrators link a user group to a team mailbox; its members get the team's queue."""

    model = HandlingTeam
    icon = "group"
    menu_label = _("Handling teams")
    add_to_settings_menu = True
    list_display = ["group", "email", "takes_requests"]
    panels = [FieldPanel("group"), FieldPanel("email"), FieldPanel("takes_requests")]
