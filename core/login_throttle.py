"""Slow down password guessing on the admin login: per account name and per client.

Every failed login (Django's ``user_login_failed`` signal) counts for the account name and for
the client (``core.rate_limit``; both only as keyed hashes in the cache). Once either count
reaches its limit (``LOGIN_FAILURE_LIMIT_PER_ACCOUNT`` / ``LOGIN_FAILURE_LIMIT_PER_CLIENT``) in
the current window, logins are refused until the window ends, even with the right password:

- ``ThrottledLoginForm`` (Wagtail's ``WAGTAILADMIN_USER_LOGIN_FORM``) says so in words and
  ``ThrottledLoginView`` answers 429 with ``Retry-After``;
- ``ThrottledModelBackend``, the one entry of ``AUTHENTICATION_BACKENDS``, refuses any other
  call of ``authenticate()`` too, so no login path escapes the throttle.

Importing this module connects the signal receivers; ``authenticate()`` imports it (as the
backend) before it can send ``user_login_failed``, and the URLconf imports it for the view.

A successful login forgets the failures of that account. The limit per account lets a guesser
lock an editor out for one window at most; the limit per client stops one client trying many
accounts.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.dispatch import receiver
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import LoginView

from core import rate_limit
from core.rate_limit import Refusal

logger = logging.getLogger(__name__)

ACCOUNT_SCOPE = "login-account"
CLIENT_SCOPE = "login-client"
THROTTLED_CODE = "throttled"
REFUSED_BY_THROTTLE = "_refused_by_login_throttle"


def _account(username) -> str:
    return rate_limit.keyed_hash(str(username or "").strip().lower())


def _limits(request, username) -> list[tuple[str, str, tuple[int, int]]]:
    limits = [(ACCOUNT_SCOPE, _account(username), settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT)]
    if request is not None:
        limits.append(
            (
                CLIENT_SCOPE,
                rate_limit.client_fingerprint(request),
                settings.LOGIN_FAILURE_LIMIT_PER_CLIENT,
            )
        )
    return limits


def login_refusal(request, username) -> Refusal | None:
    """A ``Refusal`` when this account or this client failed too often; counts nothing."""
    for scope, subject, (limit, window) in _limits(request, username):
        if rate_limit.current_count(scope, subject) >= limit:
            return Refusal(scope, rate_limit.seconds_left(scope, subject, window))
    return None


def refusal_message(refusal: Refusal) -> str:
    """What the person at the login screen reads while logins are refused."""
    minutes = refusal.retry_after_minutes
    return ngettext(
        "Too many failed attempts to log in. Wait %(minutes)d minute and try again.",
        "Too many failed attempts to log in. Wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


@receiver(user_login_failed, dispatch_uid="core.login_throttle.count_failed_login")
def count_failed_login(sender, credentials, request=None, **kwargs):
    """Count one failure for the account name and the client (not when we refused it)."""
    if request is not None and getattr(request, REFUSED_BY_THROTTLE, False):
        return
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    for scope, subject, (_limit, window) in _limits(request, username):
        rate_limit.increment(scope, subject, window)
    logger.info("Failed admin login counted for the login throttle")


@receiver(user_logged_in, dispatch_uid="core.login_throttle.forget_failures")
def forget_failures(sender, request, user, **kwargs):
    """A successful login forgets the failures of that account."""
    rate_limit.reset(ACCOUNT_SCOPE, _account(user.get_username()))


class ThrottledModelBackend(ModelBackend):
    """Django's user-and-password backend that refuses every login while throttled."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        """Raise ``PermissionDenied`` (which stops all backends) while throttled."""
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        refusal = login_refusal(request, username)
        if refusal is None:
            return super().authenticate(request, username=username, password=password, **kwargs)
        if request is not None:
            setattr(request, REFUSED_BY_THROTTLE, True)
        logger.warning("Admin login refused by the login throttle (%s)", refusal.scope)
        raise PermissionDenied


class ThrottledLoginForm(LoginForm):
    """Wagtail's login form that first says, in words, when logins are refused for a while."""

    refusal: Refusal | None = None

    def clean(self):
        """Refuse before checking the password while the account or the client is throttled."""
        self.refusal = login_refusal(self.request, self.cleaned_data.get("username"))
        if self.refusal is not None:
            logger.warning("Admin login refused by the login throttle (%s)", self.refusal.scope)
            raise self.throttled_error()
        return super().clean()

    def throttled_error(self):
        """The error shown above the form while logins are refused."""
        return forms.ValidationError(refusal_message(self.refusal), code=THROTTLED_CODE)


class ThrottledLoginView(LoginView):
    """Wagtail's login view; a throttled attempt is answered with 429 and ``Retry-After``."""

    def form_invalid(self, form):
        """Show the form again; 429 when the throttle refused the attempt."""
        response = super().form_invalid(form)
        refusal = getattr(form, "refusal", None)
        if refusal is not None and form.has_error(NON_FIELD_ERRORS, THROTTLED_CODE):
            response.status_code = 429
            response["Retry-After"] = str(refusal.retry_after)
        return response
