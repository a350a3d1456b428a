"""The vote-code throttle behind the proxy: it slows down only the client that guesses."""

import pytest

from tests.youth.voting_helpers import count_round, new_codes
from youth.models import Ballot

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


def ballot_url(voting_round):
    return voting_round.url + "stemmen/"


def vote(client, voting_round, code, proposals, forwarded_for, step="confirm"):
    return client.post(
        ballot_url(voting_round),
        {"code": code, "proposals": [p.pk for p in proposals], "step": step, "website": ""},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_five_wrong_codes_from_one_client_do_not_block_another_client(client, youth_home, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round, count=1)
    _other, elsewhere = new_codes(count_round(youth_home)[0], count=6)

    guesses = [
        vote(client, voting_round, code, proposals[:1], "198.51.100.66", step="choose")
        for code in elsewhere
    ]
    pupil = vote(client, voting_round, codes[0], proposals[:1], "203.0.113.5")

    assert [guess.status_code for guess in guesses] == [400] * 5 + [429]
    assert pupil.status_code == 302
    assert Ballot.objects.filter(round=voting_round).count() == 1


def test_a_used_valid_code_does_not_count_as_a_guess(client, youth_home, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round, count=2)
    vote(client, voting_round, codes[0], proposals[:1], "203.0.113.5")

    again = [
        vote(client, voting_round, codes[0], proposals[:1], "203.0.113.5").status_code
        for _ in range(7)
    ]
    second_code = vote(client, voting_round, codes[1], proposals[:1], "203.0.113.5")

    assert again == [400] * 7
    assert second_code.status_code == 302
