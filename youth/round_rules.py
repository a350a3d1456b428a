"""The rules of a voting round in one place: what a valid ballot is, and what may not change.

``setup_problems`` is what an editor must get right before a round opens (enough proposals for
the count rule, a cost estimate for every proposal under the budget rule). ``choice_problem``
is the check every ballot passes on the server, whatever the browser sent. ``locked_changes``
says which rules an editor tried to change after the round opened (judged by the stored row,
so moving the opening date into the future does not unlock a round that already opened).
"""

from decimal import Decimal

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

#: The ballot itself is locked too, next to the page's ``LOCKED_FIELDS``.
PROPOSALS_FIELD = "proposals"


def euro(amount) -> str:
    """An amount as residents read it: € 25.000 (no cents when there are none)."""
    amount = Decimal(amount or 0)
    places = 0 if amount == amount.to_integral_value() else 2
    return "€ " + number_format(amount, places, force_grouping=True)


def setup_problems(voting_round, proposals) -> dict[str, str]:
    """What is wrong with the rule and the ``proposals`` on the ballot, as {field: message}."""
    proposals = list(proposals)
    problems = {}
    if voting_round.rule == voting_round.Rule.COUNT:
        if voting_round.max_choices and voting_round.max_choices > len(proposals):
            problems[PROPOSALS_FIELD] = _(
                "Put at least as many proposals on the ballot as voters may choose (%(count)d)."
            ) % {"count": voting_round.max_choices}
    elif voting_round.rule == voting_round.Rule.BUDGET:
        without_cost = sorted(p.title for p in proposals if p.cost_estimate is None)
        if without_cost:
            problems[PROPOSALS_FIELD] = _(
                "A budget round needs a cost estimate for every proposal. Missing: %(titles)s."
            ) % {"titles": ", ".join(without_cost)}
    return problems


def rule_explanation(voting_round) -> str:
    """The rule in one sentence for young people, e.g. "Kies maximaal 3 voorstellen."."""
    if voting_round.rule == voting_round.Rule.BUDGET:
        return _("Choose one or more proposals. Together they may cost at most %(budget)s.") % {
            "budget": euro(voting_round.budget)
        }
    return ngettext(
        "Choose %(count)d proposal.",
        "Choose 1 to %(count)d proposals.",
        voting_round.max_choices,
    ) % {"count": voting_round.max_choices}


def choice_problem(voting_round, proposals) -> str | None:
    """Why ``proposals`` (already limited to this ballot) is not a valid choice, or None."""
    proposals = list(proposals)
    if not proposals:
        return _("Choose at least one proposal.")
    if len({p.pk for p in proposals}) != len(proposals):
        return _("Choose each proposal only once.")
    if voting_round.rule == voting_round.Rule.BUDGET:
        total = sum((p.cost_estimate or Decimal(0) for p in proposals), Decimal(0))
        if any(p.cost_estimate is None for p in proposals) or total > voting_round.budget:
            return _(
                "Your choice costs %(total)s. That is more than the budget of %(budget)s. "
                "Choose fewer proposals."
            ) % {"total": euro(total), "budget": euro(voting_round.budget)}
    elif len(proposals) > voting_round.max_choices:
        return ngettext(
            "You may choose at most %(count)d proposal.",
            "You may choose at most %(count)d proposals.",
            voting_round.max_choices,
        ) % {"count": voting_round.max_choices}
    return None


def stored_state(voting_round) -> dict | None:
    """The locked fields and proposal ids as stored in the database, or None for a new round."""
    if voting_round.pk is None:
        return None
    model = type(voting_round)
    stored = model.objects.filter(pk=voting_round.pk).values(*model.LOCKED_FIELDS).first()
    if stored is None:
        return None
    stored_ballot = model.objects.filter(pk=voting_round.pk).values_list(PROPOSALS_FIELD, flat=True)
    # Read through the page's own relation; a round without proposals yields a single None.
    stored[PROPOSALS_FIELD] = {pk for pk in stored_ballot if pk is not None}
    return stored


def locked_changes(voting_round, proposal_ids=None, now=None) -> list[str]:
    """The locked fields (and ``proposals``) that differ from a round that has already opened.

    ``proposal_ids`` is the new ballot when it is not on the instance yet (the editor form);
    otherwise the in-memory ballot of the instance is compared.
    """
    stored = stored_state(voting_round)
    if stored is None or stored["opens_at"] is None:
        return []
    if (now or timezone.now()) < stored["opens_at"]:
        return []
    changed = []
    for name in type(voting_round).LOCKED_FIELDS:
        field = voting_round._meta.get_field(name)
        if field.to_python(getattr(voting_round, name)) != stored[name]:
            changed.append(name)
    if proposal_ids is None:
        proposal_ids = {p.pk for p in voting_round.proposals.all()}
    if set(proposal_ids) != stored[PROPOSALS_FIELD]:
        changed.append(PROPOSALS_FIELD)
    return changed
