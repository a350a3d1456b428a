"""What the front caches purge for the youth section (``core.purge_rules``): a proposal that is
published, changed or withdrawn is shown on the youth home page and on its own route of it."""

from core.purge_rules import register_shown_on
from youth.models import YouthProposal


def pages_showing_proposal(proposal):
    """The youth home page of ``proposal`` (its ``get_cached_paths`` name the proposal pages)."""
    return [proposal.youth_home]


register_shown_on(YouthProposal, pages_showing_proposal)
