"""The teams that handle what the contact centre passes on (Klantinteracties: ``actoren``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HandlingTeam(models.Model):
    """A user group that receives callback and contact requests, with the mailbox for escalations.

    The team's members are the group's users; the group is the same one that owns content
    (``core.page_teams``), so "Team Burgerzaken" is one team everywhere.
    """

    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("user group"),
        on_delete=models.CASCADE,
        related_name="handling_team",
    )
    email = models.EmailField(
        _("team mailbox"),
        blank=True,
        help_text=_("Overdue requests and requests handed over to this team are reported here."),
    )
    takes_requests = models.BooleanField(
        _("takes requests"),
        default=True,
        help_text=_("The contact centre can pass contacts and requests on to this team."),
    )

    class Meta:
        verbose_name = _("handling team")
        verbose_name_plural = _("handling teams")
        ordering = ["group__name"]

    def __str__(self):
        return self.group.name

    @property
    def name(self) -> str:
        return self.group.name
