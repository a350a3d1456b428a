"""Reporting reactions behind the proxy: a refused report is said out loud, with a 429."""

import pytest
from bs4 import BeautifulSoup

from consultations.models import ModerationStatus
from tests.consultations.factories import IdeaFactory, ReactionFactory, make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index, report_threshold=100)


def test_too_many_reports_from_one_client_get_429_and_a_message(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = (2, 3600)
    settings.TRUSTED_PROXY_COUNT = 1
    idea = IdeaFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)
    reactions = [
        ReactionFactory(consultation=consultation, idea=idea, status=ModerationStatus.PUBLISHED)
        for _ in range(4)
    ]

    def report(reaction, address):
        return client.post(
            f"{consultation.url}reactie/{reaction.pk}/melden/",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=address,
        )

    statuses = [report(reaction, "203.0.113.5").status_code for reaction in reactions[:3]]
    refused = report(reactions[2], "203.0.113.5")
    other_resident = report(reactions[3], "203.0.113.6")

    assert statuses == [302, 302, 429]
    assert refused.status_code == 429
    text = BeautifulSoup(refused.content, "html.parser").get_text(" ", strip=True)
    assert "Probeer het later opnieuw" in text
    assert other_resident.status_code == 302
