"""The addresses that e-mails about a consultation link to, and reading back a link's token.

A link to one of the consultation page's routes (confirm, unsubscribe) carries a signed, opaque
token (``consultations.models.mail_links``) in its query string, as the page router only accepts
letters, digits and hyphens in the path. Opening such a link shows a button that posts the token
back. The ``List-Unsubscribe`` header of every e-mail points at the one-click address of its
mailing (``consultations.one_click_unsubscribe``).
"""

from urllib.parse import urlencode

from django.urls import reverse

from consultations.emails import absolute_url

#: The mailings residents can leave in one click, as named in the one-click address.
FOLLOWING = "volgen"
FEEDBACK = "terugkoppeling"


def token_link(page, route: str, token: str) -> str:
    """The path of a link to ``route`` of ``page`` with a signed token."""
    link = (page.url or "/") + page.reverse_subpage(route).lstrip("/")
    return f"{link}?{urlencode({'token': token})}"


def token_url(page, route: str, token: str) -> str:
    """The full address of a link with a signed token, for an e-mail."""
    return absolute_url(token_link(page, route, token))


def token_from_request(request) -> str:
    """The token of a link from an e-mail: in the query string, or in the button's form."""
    source = request.POST if request.method == "POST" else request.GET
    return source.get("token", "")


def one_click_url(mailing: str, token: str) -> str:
    """The full address for the ``List-Unsubscribe`` header of an e-mail of ``mailing``."""
    path = reverse("one_click_unsubscribe", args=[mailing])
    return absolute_url(f"{path}?{urlencode({'token': token})}")


def feedback_report_url(consultation) -> str:
    """The full address of the public feedback report of ``consultation``."""
    return absolute_url(
        (consultation.url or "/") + consultation.reverse_subpage("feedback_report").lstrip("/")
    )
