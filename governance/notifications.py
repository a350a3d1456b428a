"""E-mail the owning team when content waits for their approval."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from core.request_origin import admin_base_url

logger = logging.getLogger(__name__)


def notify_owning_team(sender, instance, user=None, **kwargs):
    """Tell every other member of the owning team that a revision waits for their approval."""
    content = instance.revision.content_object
    team_id = getattr(getattr(content, "specific", content), "owning_team_id", None)
    if not team_id:
        return
    submitter_id = instance.revision.user_id
    recipients = (
        get_user_model()
        .objects.filter(groups__pk=team_id, is_active=True)
        .exclude(pk=submitter_id)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    link = admin_base_url() + reverse("wagtailadmin_pages:edit", args=[content.pk])
    subject = _("Please approve: %(title)s") % {"title": content.title}
    body = _(
        "A colleague asks you to approve “%(title)s”. You cannot approve your own changes; "
        "a second team member checks them.\n\nOpen the page: %(link)s"
    ) % {"title": content.title, "link": link}
    send_mass_mail(
        [(subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in recipients]
    )
    logger.info("Team approval requested for page %s: %d e-mails", content.pk, len(recipients))
