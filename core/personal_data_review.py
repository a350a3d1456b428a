"""Residents' texts that become public are checked for personal data before publication.

Ideas, reactions, youth proposals and initiatives mix in ``PersonalDataReview``: it names the
fields that appear on the website, finds personal data in them (``core.personal_data_scrubbing``),
and records a moderator's confirmation that what was found may be published (who and when).

* Moderation screens show the findings with ``highlight_personal_data`` and refuse to publish
  while ``has_unconfirmed_personal_data`` is true: the moderator edits the text, or confirms.
* Public pages show ``public_value(field)``: the text itself once confirmed, otherwise the text
  with every finding replaced by a notice such as "[e-mailadres verwijderd]". So a contribution
  that is shown before a moderator looked (post-moderation) never shows personal data.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from core.personal_data_scrubbing import (
    PUBLIC_KINDS,
    Finding,
    PersonalDataKind,
    find_personal_data,
    scrub_personal_data,
)

KIND_LABELS = {
    PersonalDataKind.EMAIL: _("e-mail address"),
    PersonalDataKind.PHONE: _("phone number"),
    PersonalDataKind.IBAN: _("bank account number (IBAN)"),
    PersonalDataKind.BSN: _("citizen service number (BSN)"),
    PersonalDataKind.ADDRESS: _("postcode with house number"),
}
PUBLIC_NOTICES = {
    PersonalDataKind.EMAIL: _("[e-mail address removed]"),
    PersonalDataKind.PHONE: _("[phone number removed]"),
    PersonalDataKind.IBAN: _("[bank account number removed]"),
    PersonalDataKind.BSN: _("[citizen service number removed]"),
    PersonalDataKind.ADDRESS: _("[address removed]"),
}
NOT_CONFIRMED_MESSAGE = _(
    "This text contains what looks like personal data (marked in yellow). Remove it with "
    "“Edit”, or confirm that it is not personal data or may be published."
)


class PersonalDataNotConfirmed(Exception):
    """Publication refused: the text looks like it holds personal data nobody confirmed."""


def public_text(text: str) -> str:
    """``text`` as the website may show it without a check: personal data replaced by a notice."""
    return scrub_personal_data(text or "", PUBLIC_KINDS, lambda kind: str(PUBLIC_NOTICES[kind]))


def highlight_personal_data(text: str) -> SafeString:
    """``text`` as escaped HTML with each finding in a ``<mark>`` and line breaks as ``<br>``."""
    text = text or ""
    pieces, position = [], 0
    for finding in find_personal_data(text):
        pieces.append(escape(text[position : finding.start]))
        pieces.append(
            f'<mark class="personal-data" title="{escape(KIND_LABELS[finding.kind])}">'
            f"{escape(text[finding.start : finding.end])}</mark>"
        )
        position = finding.end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces).replace("\n", "<br>"))  # noqa: S308 - every piece escaped


class PersonalDataReview(models.Model):
    """Mixin for resident texts that become public; ``public_text_fields`` names those fields."""

    public_text_fields: tuple[str, ...] = ()

    personal_data_confirmed_at = models.DateTimeField(
        _("personal data confirmed at"), null=True, blank=True, editable=False
    )
    personal_data_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personal data confirmed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def personal_data_findings(self) -> list[tuple[str, list[Finding]]]:
        """(field name, findings) for every public field that holds personal data."""
        found = []
        for name in self.public_text_fields:
            findings = find_personal_data(getattr(self, name) or "")
            if findings:
                found.append((name, findings))
        return found

    def personal_data_kinds(self) -> list[str]:
        """The labels of the kinds of personal data found, each once, for staff."""
        kinds = {
            finding.kind
            for _name, findings in self.personal_data_findings()
            for finding in findings
        }
        return [str(KIND_LABELS[kind]) for kind in PersonalDataKind if kind in kinds]

    def highlighted_fields(self) -> list[tuple[str, SafeString]]:
        """(field label, highlighted HTML) of every public field with personal data, for staff."""
        return [
            (
                str(self._meta.get_field(name).verbose_name),
                highlight_personal_data(getattr(self, name)),
            )
            for name, _findings in self.personal_data_findings()
        ]

    @property
    def personal_data_confirmed(self) -> bool:
        """A moderator confirmed that the current text may be published as it is."""
        return self.personal_data_confirmed_at is not None

    @property
    def has_unconfirmed_personal_data(self) -> bool:
        """The public fields hold personal data that no moderator confirmed: do not publish."""
        return not self.personal_data_confirmed and bool(self.personal_data_findings())

    def confirm_personal_data(self, user) -> None:
        """Record that ``user`` checked the findings: not personal data, or may be published."""
        self.personal_data_confirmed_at = timezone.now()
        self.personal_data_confirmed_by = user
        self.save(update_fields=["personal_data_confirmed_at", "personal_data_confirmed_by"])

    def check_personal_data_before_publishing(self, user, confirm: bool = False) -> None:
        """Raise ``PersonalDataNotConfirmed`` while the text holds unconfirmed personal data.

        With ``confirm`` (the moderator ticked "may be published") ``user`` is recorded instead.
        """
        if not self.has_unconfirmed_personal_data:
            return
        if not confirm:
            raise PersonalDataNotConfirmed
        self.confirm_personal_data(user)

    def forget_personal_data_confirmation(self) -> None:
        """The text changed: a confirmation was about the old text, so it no longer holds."""
        if self.personal_data_confirmed:
            self.personal_data_confirmed_at = None
            self.personal_data_confirmed_by = None
            self.save(update_fields=["personal_data_confirmed_at", "personal_data_confirmed_by"])

    def public_value(self, name: str) -> str:
        """Field ``name`` as the website shows it: as written once confirmed, else scrubbed."""
        value = getattr(self, name) or ""
        return value if self.personal_data_confirmed else public_text(value)
