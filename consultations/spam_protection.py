"""Protection shared by every public consultation form: a honeypot field and a rate limit.

The honeypot is a text field people never see (hidden with CSS and from assistive technology);
software that fills in every field fills it too, and the form then refuses the submission.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home import rate_limit

HONEYPOT_FIELD = "website"


class HoneypotFormMixin(forms.Form):
    """Adds the honeypot field; a filled-in honeypot makes the form invalid."""

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
