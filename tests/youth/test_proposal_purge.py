"""A youth proposal that changes is purged from the front caches with the pages that show it."""

import pytest

from core import page_cache
from participation.models import ModerationStatus
from tests.youth.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def test_withdrawing_a_proposal_purges_the_youth_home_and_the_proposal_page(
    purged, visitor, youth_home, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(youth_home=youth_home, title="Een skatebaan")
    detail = f"{youth_home.url}voorstel/{proposal.pk}/"
    visitor.get(youth_home.url)
    assert visitor.get(detail)[page_cache.STATUS_HEADER] == "MISS"
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        proposal.status = ModerationStatus.REJECTED
        proposal.save()

    assert {f"http://localhost{youth_home.url}", f"http://localhost{detail}"} <= set(purged)
    assert visitor.get(detail).status_code == 404
    assert "Een skatebaan" not in visitor.get(youth_home.url).content.decode()
