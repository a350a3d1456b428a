"""Routes for following a consultation by e-mail: subscribe, confirm, unsubscribe.

The form always answers with the same message, whether the address is new, waiting for
confirmation or already following, so nobody can find out who follows a consultation.

Opening a link from an e-mail changes nothing (mail scanners open links too): it shows a page
with one button, and the button (a POST with CSRF) confirms or unsubscribes. Mail programs that
offer "unsubscribe" use the one-click address in the ``List-Unsubscribe`` header instead
(``consultations.one_click_unsubscribe``).
"""

import logging

from django import forms
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from consultations.email_links import (
    FOLLOWING,
    one_click_url,
    token_from_request,
    token_link,
    token_url,
)
from consultations.emails import list_unsubscribe_headers, send_consultation_email
from consultations.models.following import CONFIRMATION_DAYS, Follower
from consultations.models.mail_links import InvalidMailLink
from consultations.models.phases import PhaseKind
from participation.spam_protection import HoneypotFormMixin, within_rate_limit

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
    return consultation.status() != PhaseKind.CLOSED


def send_confirmation(follower) -> None:
    """E-mail the link that confirms ``follower``; it also holds an unsubscribe link."""
    page = follower.consultation
    unsubscribe_token = follower.unsubscribe_token()
    unsubscribe_url = token_url(page, "follow_unsubscribe", unsubscribe_token)
    with translation.override(page.locale.language_code):
        send_consultation_email(
            follower.email,
            page,
            _("Confirm that you want to follow: %(title)s") % {"title": page.title},
            "consultations/email/follow_confirm.txt",
            {
                "confirm_url": token_url(page, "follow_confirm", follower.confirmation_token()),
                "unsubscribe_url": unsubscribe_url,
                "days": CONFIRMATION_DAYS,
            },
            headers=list_unsubscribe_headers(one_click_url(FOLLOWING, unsubscribe_token)),
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
        """The link in the confirmation e-mail shows a button; the button (POST) confirms.

        From then on, news at each new phase.
        """
        token = token_from_request(request)
        try:
            if request.method != "POST":
                Follower.for_confirmation(token, self)
                return self._follow_response(request, "confirm", token=token)
            follower = Follower.confirm(self, token)
        except InvalidMailLink as invalid:
            return self._follow_response(request, "invalid", status=400, expired=invalid.expired)
        return self._follow_response(
            request,
            "confirmed",
            unsubscribe_url=token_link(self, "follow_unsubscribe", follower.unsubscribe_token()),
        )

    @path("volgen/afmelden/", name="follow_unsubscribe")
    def follow_unsubscribe_view(self, request):
        """The unsubscribe link in every e-mail shows a button; the button (POST) removes the
        address. A link whose address is already gone says so, without a button."""
        token = token_from_request(request)
        try:
            if request.method != "POST":
                if Follower.for_unsubscribe(token, self) is None:
                    return self._follow_response(request, "unsubscribed")
                return self._follow_response(request, "unsubscribe", token=token)
            Follower.unsubscribe(token, self)
        except InvalidMailLink:
            return self._follow_response(request, "invalid", status=400, expired=False)
        return self._follow_response(request, "unsubscribed")
