"""The privacy statement's account of the personal data the site keeps, built from the retention
register (``core.retention``) so that it lists every rule there is and the periods the site
really applies.

One ``DataKind`` per registered rule: what the data are, what the rule removes when the period
ends, why we keep them, on which legal basis, how long, and what happens afterwards. The texts come from the
rule's ``PrivacyNotice``; a rule without one is still listed, described by its model and fields.
"""

from dataclasses import dataclass

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.retention import RetentionRule, Scrub, registered_rules


@dataclass(frozen=True)
class DataKind:
    """One kind of personal data, as the privacy statement shows it."""

    rule: RetentionRule
    name: str
    removed: list[str]
    purpose: str
    legal_basis: str
    term: str
    afterwards: str


def removed_data(rule: RetentionRule) -> list[str]:
    """What the rule removes when the period ends, in residents' words (the fields' labels):
    whole fields, and the e-mail addresses and phone numbers typed into texts that stay."""
    model = rule.model_class()

    def label(name: str) -> str:
        return str(model._meta.get_field(name).verbose_name)

    removed = [label(name) for name, action in rule.fields.items() if not isinstance(action, Scrub)]
    scrubbed = [label(name) for name, action in rule.fields.items() if isinstance(action, Scrub)]
    if scrubbed:
        removed.append(
            _("e-mail addresses and phone numbers in: %(fields)s") % {"fields": ", ".join(scrubbed)}
        )
    return removed


def term(rule: RetentionRule) -> str:
    """How long the data are kept, with the period from the settings."""
    days = rule.retention_days()
    if rule.notice is not None:
        return rule.notice.term_text(days)
    if days is not None:
        return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}
    return _("Until the end date that is set for these data.")


def afterwards(rule: RetentionRule) -> str:
    """What the retention run does when the period has ended."""
    if rule.delete_rows:
        return _("Then we delete these data.")
    return _("Then we remove these personal data. What is left no longer says who you are.")


def data_kind(rule: RetentionRule) -> DataKind:
    """How the privacy statement describes one rule."""
    notice = rule.notice
    model = rule.model_class()
    return DataKind(
        rule=rule,
        name=str(notice.data) if notice else capfirst(str(model._meta.verbose_name_plural)),
        removed=removed_data(rule),
        purpose=str(notice.purpose) if notice else "",
        legal_basis=notice.legal_basis.label if notice else "",
        term=term(rule),
        afterwards=afterwards(rule),
    )


def data_kinds() -> list[DataKind]:
    """Every registered retention rule as the privacy statement shows it, in register order."""
    return [data_kind(rule) for rule in registered_rules()]
