"""Protection shared by every public resident form: a honeypot field, clean text, a rate limit.

Used by the forms of consultations, youth and neighbourhoods.

The honeypot is a text field people never see (hidden with CSS and from assistive technology);
software that fills in every field fills it too, and the form then refuses the submission. Every
form with the honeypot also removes invisible control characters from what was typed
(``core.text_cleaning``) before it validates anything. The rate limit counts per client behind
the trusted proxies (``core.rate_limit``); a view answers a refusal with 429 and a message.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import rate_limit
from core.text_cleaning import InvisibleCharactersFormMixin

HONEYPOT_FIELD = "website"


class HoneypotFormMixin(InvisibleCharactersFormMixin):
    """Adds the honeypot field; a filled-in honeypot makes the form invalid.

    Also removes invisible control characters from the submitted text before validation.
    """

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        value = self.cleaned_data.get(HONEYPOT_FIELD, "")
        if value:
            raise forms.ValidationError(_("Your message could not be sent. Please try again."))
        return value


def within_rate_limit(request, scope: str) -> bool:
    """Count one submission for this client in ``scope`` (``CONSULTATION_RATE_LIMIT``)."""
    limit, window = settings.CONSULTATION_RATE_LIMIT
    return rate_limit.hit(request, f"consultation-{scope}", limit, window)
