"""Routes for following a consultation by e-mail: subscribe, confirm, unsubscribe.

The form always answers with the same message, whether the address is new, waiting for
confirmation or already following, so nobody can find out who follows a consultation.
"""

import logging
from urllib.parse import urlencode

from django import forms
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from consultations.emails import absolute_url
from consultations.spam_protection import HoneypotFormMixin, within_rate_limit

logger = logging.getLogger(__name__)

EMAIL_MAX = 254


class FollowForm(HoneypotFormMixin):
    """ "Volg dit onderwerp": only an e-mail address."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX,
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in a valid e-mail address, like naam@voorbeeld.nl."),
            "max_length": _("This e-mail address is too long."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        # Its own ids: the consultation page shows other forms with a honeypot too.
        kwargs.setdefault("auto_id", "follow-%s")
        super().__init__(*args, **kwargs)


def can_follow(consultation) -> bool:
    """A consultation can be followed until it is closed."""
    from consultations.models import PhaseKind

    return consultation.status() != PhaseKind.CLOSED


def token_link(page, route: str, token: str) -> str:
    """The path of a link with a signed token (the token goes in the query string, as the
    page router only accepts letters, digits and hyphens in the path)."""
    link = (page.url or "/") + page.reverse_subpage(route).lstrip("/")
    return f"{link}?{urlencode({'token': token})}"


def follower_url(follower, route: str, token: str) -> str:
    """The full address of a follower's confirmation or unsubscribe link."""
    return absolute_url(token_link(follower.consultation, route, token))


def send_confirmation(follower) -> None:
    """E-mail the link that confirms ``follower``; it also holds an unsubscribe link."""
    from consultations.emails import send_consultation_email
    from consultations.models.following import CONFIRMATION_DAYS

    page = follower.consultation
    unsubscribe_url = follower_url(follower, "follow_unsubscribe", follower.unsubscribe_token())
    with translation.override(page.locale.language_code):
        send_consultation_email(
            follower.email,
            page,
            _("Confirm that you want to follow: %(title)s") % {"title": page.title},
            "consultations/email/follow_confirm.txt",
            {
                "confirm_url": follower_url(
                    follower, "follow_confirm", follower.confirmation_token()
                ),
                "unsubscribe_url": unsubscribe_url,
                "days": CONFIRMATION_DAYS,
            },
            headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
        )


class FollowRoutes:
    """Mixed into ``ConsultationPage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def _follow_response(self, request, template, status=200, **extra):
        context = self.get_context(request)
        context.update(extra)
        return TemplateResponse(
            request, f"consultations/follow_{template}.html", context, status=status
        )

    @path("volgen/", name="follow")
    def follow_view(self, request):
        """Show the form (GET) or register an address and send the confirmation (POST)."""
        from consultations.models import Follower

        if not can_follow(self):
            return self._follow_response(request, "closed")
        if request.method != "POST":
            return self._follow_response(request, "form", follow_form=FollowForm())
        if not within_rate_limit(request, "follow"):
            logger.warning("Follow form rate limit reached for consultation %s", self.pk)
            return self._follow_response(request, "form", status=429, too_many=True)
        form = FollowForm(request.POST)
        if not form.is_valid():
            return self._follow_response(request, "form", status=400, follow_form=form)
        follower = Follower.subscribe(self, form.cleaned_data["email"])
        if follower is not None:
            try:
                send_confirmation(follower)
            except Exception:  # the resident sees the same message; staff see the log
                logger.exception("Follow confirmation e-mail failed for follower %s", follower.pk)
        return self._follow_response(request, "sent")

    @path("volgen/bevestigen/", name="follow_confirm")
    def follow_confirm_view(self, request):
        """The link in the confirmation e-mail: from now on, news at each new phase."""
        from consultations.models.following import Follower, InvalidFollowLink

        try:
            follower = Follower.confirm(self, request.GET.get("token", ""))
        except InvalidFollowLink as invalid:
            return self._follow_response(request, "invalid", status=400, expired=invalid.expired)
        return self._follow_response(
            request,
            "confirmed",
            unsubscribe_url=token_link(self, "follow_unsubscribe", follower.unsubscribe_token()),
        )

    @path("volgen/afmelden/", name="follow_unsubscribe")
    def follow_unsubscribe_view(self, request):
        """One click from any e-mail (``?token=``): the address is removed."""
        from consultations.models.following import Follower, InvalidFollowLink

        try:
            Follower.unsubscribe(self, request.GET.get("token", ""))
        except InvalidFollowLink:
            return self._follow_response(request, "invalid", status=400, expired=False)
        return self._follow_response(request, "unsubscribed")
