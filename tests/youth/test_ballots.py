"""Casting ballots: rules on the server, single-use codes, friendly refusals, hidden results."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.youth.factories import ProposalFactory
from tests.youth.voting_helpers import budget_round, count_round, days_ago, new_codes
from youth import vote_throttle
from youth.ballots import BallotRefused, Refusal, cast_ballot, check_code
from youth.code_batches import revoke_batch
from youth.models import Ballot, BallotChoice, RejectedVoteAttempt, VoteCode
from youth.results import ResultsNotAvailable, integrity_report, round_results

pytestmark = pytest.mark.django_db


def ids(proposals):
    return [proposal.pk for proposal in proposals]


def refusal_of(voting_round, code, proposals, **kwargs) -> Refusal:
    with pytest.raises(BallotRefused) as refused:
        cast_ballot(voting_round, code, ids(proposals), **kwargs)
    return refused.value.reason


def rejected(voting_round) -> dict:
    return {
        attempt.reason: attempt.count
        for attempt in RejectedVoteAttempt.objects.filter(round=voting_round)
    }


def ballot_url(voting_round, route="stemmen/"):
    return voting_round.url + route


def choose(code, proposals, step="choose", **extra):
    return {"code": code, "proposals": ids(proposals), "step": step, "website": "", **extra}


# The rules, checked on the server ---------------------------------------------------------


def test_young_person_can_vote_within_the_budget(youth_home):
    voting_round, proposals = budget_round(youth_home)
    _batch, codes = new_codes(voting_round)

    ballot = cast_ballot(voting_round, codes[0], ids(proposals[:2]))  # 10.000 + 12.000

    assert set(ballot.proposals.all()) == set(proposals[:2])
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 1


def test_choice_over_the_budget_is_refused_and_the_code_stays_unused(youth_home):
    voting_round, proposals = budget_round(youth_home)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], proposals) == Refusal.INVALID_CHOICE  # 30.000
    assert Ballot.objects.count() == 0
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 0


def test_a_tampered_post_over_the_budget_is_refused(client, youth_home):
    voting_round, proposals = budget_round(youth_home)
    _batch, codes = new_codes(voting_round)

    response = client.post(ballot_url(voting_round), choose(codes[0], proposals, step="confirm"))

    assert response.status_code == 400
    assert Ballot.objects.count() == 0
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 0


def test_count_rule_refuses_more_proposals_than_allowed(youth_home):
    voting_round, proposals = count_round(youth_home, max_choices=2)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], proposals[:3]) == Refusal.INVALID_CHOICE
    assert cast_ballot(voting_round, codes[0], ids(proposals[:2]))


def test_an_empty_choice_is_refused(youth_home):
    voting_round, _proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], []) == Refusal.INVALID_CHOICE


def test_the_same_proposal_twice_is_refused(youth_home):
    voting_round, proposals = count_round(youth_home, max_choices=2)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], [proposals[0]] * 2) == Refusal.INVALID_CHOICE


def test_a_proposal_that_is_not_on_the_ballot_is_refused(youth_home):
    voting_round, _proposals = count_round(youth_home)
    elsewhere = ProposalFactory(youth_home=youth_home)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], [elsewhere]) == Refusal.INVALID_CHOICE


# Codes -----------------------------------------------------------------------------------


def test_resident_cannot_vote_twice_with_the_same_code(youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)
    cast_ballot(voting_round, codes[0], ids(proposals[:1]))

    assert refusal_of(voting_round, codes[0], proposals[1:2]) == Refusal.USED
    assert Ballot.objects.count() == 1
    assert rejected(voting_round) == {"used": 1}


def test_a_revoked_code_is_refused(youth_home):
    voting_round, proposals = count_round(youth_home)
    batch, codes = new_codes(voting_round)
    revoke_batch(batch)

    assert refusal_of(voting_round, codes[0], proposals[:1]) == Refusal.REVOKED
    assert Ballot.objects.count() == 0
    assert rejected(voting_round) == {"revoked": 1}


def test_a_code_with_a_typo_is_refused_as_malformed(youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)
    typo = codes[0][:-1] + ("A" if codes[0][-1] != "A" else "C")

    assert refusal_of(voting_round, typo, proposals[:1]) == Refusal.MALFORMED
    assert refusal_of(voting_round, "hallo", proposals[:1]) == Refusal.MALFORMED
    assert rejected(voting_round) == {"malformed": 2}


def test_codes_are_accepted_in_lower_case_and_without_dashes(youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)

    assert cast_ballot(voting_round, codes[0].replace("-", " ").lower(), ids(proposals[:1]))


def test_an_unknown_code_and_a_code_of_another_round_are_refused_alike(youth_home):
    voting_round, proposals = count_round(youth_home)
    other_round, _ = count_round(youth_home)
    _batch, other_codes = new_codes(other_round)
    new_codes(voting_round)
    from youth.vote_codes import check_character, format_code

    unknown = format_code("ACDEFGHJK" + check_character("ACDEFGHJK"))

    assert refusal_of(voting_round, unknown, proposals[:1]) == Refusal.UNKNOWN
    assert refusal_of(voting_round, other_codes[0], proposals[:1]) == Refusal.UNKNOWN


@pytest.mark.parametrize(("opens_in", "closes_in"), [(1, 5), (-5, -1)])
def test_voting_outside_the_open_period_is_refused(youth_home, opens_in, closes_in):
    voting_round, proposals = count_round(youth_home, opens_in=opens_in, closes_in=closes_in)
    _batch, codes = new_codes(voting_round)

    assert refusal_of(voting_round, codes[0], proposals[:1]) == Refusal.NOT_OPEN
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 0


def test_a_ballot_keeps_only_the_round_the_day_and_the_choice(youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)
    ballot = cast_ballot(voting_round, codes[0], ids(proposals[:1]))

    fields = {field.name for field in Ballot._meta.concrete_fields}
    assert fields == {"id", "round", "cast_on"}
    assert {field.name for field in BallotChoice._meta.concrete_fields} == {
        "id",
        "ballot",
        "proposal",
    }
    assert ballot.cast_on == ballot.cast_on.today()


def test_checking_a_code_at_step_one_does_not_use_it(youth_home):
    voting_round, _proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)

    assert check_code(voting_round, codes[0])
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 0


# The ballot form ---------------------------------------------------------------------------


def test_voting_takes_a_confirmation_step_and_ends_on_the_thank_you_page(client, youth_home):
    voting_round, proposals = budget_round(youth_home)
    _batch, codes = new_codes(voting_round)

    form = client.get(ballot_url(voting_round))
    step_one = client.post(ballot_url(voting_round), choose(codes[0], proposals[:2]))
    assert Ballot.objects.count() == 0
    final = client.post(ballot_url(voting_round), choose(codes[0], proposals[:2], "confirm"))

    assert form.status_code == 200
    assert "Stemcode" in form.text or "Vote code" in form.text
    assert step_one.status_code == 200
    assert 'name="step"' in step_one.text and 'value="confirm"' in step_one.text
    assert proposals[0].title in step_one.text
    assert final.status_code == 302
    assert final["Location"].endswith("/stemmen/bedankt/")
    assert client.get(final["Location"]).status_code == 200
    assert Ballot.objects.count() == 1


def test_the_change_button_goes_back_to_the_form_with_the_choice_kept(client, youth_home):
    voting_round, proposals = budget_round(youth_home)
    _batch, codes = new_codes(voting_round)

    response = client.post(ballot_url(voting_round), choose(codes[0], proposals[:1], "change"))

    assert response.status_code == 200
    assert f'value="{proposals[0].pk}"\n' in response.text or "checked" in response.text
    assert codes[0] in response.text
    assert Ballot.objects.count() == 0


@pytest.mark.parametrize(
    ("make_code", "message"),
    [
        ("used", "Deze stemcode is al gebruikt."),
        ("revoked", "Deze stemcode is niet meer geldig."),
        ("typo", "Er zit een typefout in de stemcode."),
        ("unknown", "Deze stemcode klopt niet. Kijk nog eens goed."),
    ],
)
def test_wrong_codes_get_a_friendly_dutch_message(client, youth_home, make_code, message):
    """Needs the compiled Dutch catalogue (the English msgid would fail this test)."""
    voting_round, proposals = count_round(youth_home)
    batch, codes = new_codes(voting_round)
    code = codes[0]
    if make_code == "used":
        cast_ballot(voting_round, code, ids(proposals[:1]))
    elif make_code == "revoked":
        revoke_batch(batch)
    elif make_code == "typo":
        code = code[:-1] + ("A" if code[-1] != "A" else "C")
    elif make_code == "unknown":
        _other, other_codes = new_codes(count_round(youth_home)[0])
        code = other_codes[0]

    response = client.post(ballot_url(voting_round), choose(code, proposals[:1]))

    assert response.status_code == 400
    assert message in response.text


def test_the_honeypot_stops_a_ballot(client, youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)

    response = client.post(
        ballot_url(voting_round),
        choose(codes[0], proposals[:1], "confirm", website="http://spam.example"),
    )

    assert response.status_code == 400
    assert Ballot.objects.count() == 0


def test_the_ballot_needs_a_csrf_token(youth_home):
    from django.test import Client

    voting_round, proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round)

    response = Client(enforce_csrf_checks=True).post(
        ballot_url(voting_round), choose(codes[0], proposals[:1], "confirm")
    )

    assert response.status_code == 403
    assert Ballot.objects.count() == 0


def test_after_five_wrong_codes_a_client_must_wait(client, youth_home):
    voting_round, proposals = count_round(youth_home)
    _batch, other_codes = new_codes(count_round(youth_home)[0], count=7)

    statuses = [
        client.post(ballot_url(voting_round), choose(code, proposals[:1])).status_code
        for code in other_codes[:6]
    ]

    assert statuses == [400] * 5 + [429]
    assert rejected(voting_round) == {"unknown": 5, "blocked": 1}


def test_after_ten_wrong_codes_a_client_is_blocked_for_fifteen_minutes(rf):
    request = rf.get("/")
    start = 1_000_000.0
    for attempt in range(10):
        now = start + attempt * vote_throttle.WAIT
        assert vote_throttle.attempt_allowed(request, now).allowed
        vote_throttle.count_wrong_code(request, now)

    blocked = vote_throttle.attempt_allowed(request, start + 10 * vote_throttle.WAIT)
    later = vote_throttle.attempt_allowed(
        request, start + 9 * vote_throttle.WAIT + vote_throttle.BLOCK + 1
    )

    assert blocked.blocked and not blocked.allowed
    assert later.allowed


def test_typos_do_not_count_as_guesses(client, youth_home):
    voting_round, proposals = count_round(youth_home)

    statuses = [
        client.post(ballot_url(voting_round), choose("AAAA-AAAA-AC", proposals[:1])).status_code
        for _attempt in range(8)
    ]

    assert statuses == [400] * 8


# Results and the integrity report ----------------------------------------------------------


def closed_round_with_ballots(youth_home, rule="count", **fields):
    """A round that closed yesterday, with ballots cast while it was open."""
    if rule == "budget":
        voting_round, proposals = budget_round(youth_home, opens_in=-10, closes_in=-1, **fields)
    else:
        voting_round, proposals = count_round(youth_home, opens_in=-10, closes_in=-1, **fields)
    return voting_round, proposals


def cast_all(voting_round, choices, when=None):
    """Cast one ballot per entry of ``choices`` (lists of proposals) at ``when`` (default now)."""
    _batch, codes = new_codes(voting_round, count=len(choices))
    for code, chosen in zip(codes, choices, strict=True):
        cast_ballot(voting_round, code, ids(chosen), now=when)  # None: now


def test_count_rule_winners_are_the_proposals_with_the_most_votes(youth_home):
    voting_round, (a, b, c, d) = closed_round_with_ballots(youth_home, max_choices=2)
    cast_all(voting_round, [[a, b], [a, c], [a], [c, b], [c]], when=days_ago(5))

    results = round_results(voting_round)

    assert [(row.proposal, row.votes) for row in results.rows] == [(a, 3), (c, 3), (b, 2), (d, 0)]
    assert [row.proposal for row in results.winners] == [a, c]
    assert results.ballots == 5


def test_budget_rule_skips_a_proposal_that_no_longer_fits(youth_home):
    # Hangplek 10.000, Pannaveld 12.000, Moestuin 8.000; budget 25.000.
    voting_round, (hangplek, pannaveld, moestuin) = closed_round_with_ballots(
        youth_home, rule="budget", budget=Decimal("20000")
    )
    cast_all(
        voting_round, [[pannaveld], [pannaveld, moestuin], [hangplek], [moestuin]], when=days_ago(5)
    )

    results = round_results(voting_round)

    # Pannaveld (2 votes, 12.000) wins; Moestuin (2 votes, 8.000) ranks first on lower cost;
    # Hangplek (10.000) no longer fits in what is left.
    assert [row.proposal for row in results.rows] == [moestuin, pannaveld, hangplek]
    assert [row.proposal for row in results.winners] == [moestuin, pannaveld]
    assert results.winners_cost == Decimal("20000")


def test_results_and_counts_are_invisible_before_the_round_closes(client, youth_home):
    voting_round, proposals = count_round(youth_home)
    cast_all(voting_round, [[proposals[0]]] * 3, when=None)

    with pytest.raises(ResultsNotAvailable):
        round_results(voting_round)
    with pytest.raises(ResultsNotAvailable):
        integrity_report(voting_round)
    for route in ("uitslag/", "controle/"):
        assert client.get(voting_round.url + route).status_code == 404
    for url in (
        voting_round.url,
        ballot_url(voting_round),
        ballot_url(voting_round, "stemmen/bedankt/"),
        youth_home.url,
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "uitslag/" not in response.text
        assert "Votes per proposal" not in response.text
        assert "Stemmen per voorstel" not in response.text


def test_results_stay_hidden_in_the_admin_for_youth_workers(client, youth_home):
    voting_round, proposals = count_round(youth_home)
    cast_all(voting_round, [[proposals[0]]] * 3, when=None)
    worker = get_user_model().objects.create_user("jongerenwerker", password="x")  # noqa: S106
    group = Group.objects.get(name="Jongerenwerkers")
    worker.groups.add(group)
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=youth_home, permission=Permission.objects.get(codename=codename)
        )
    client.force_login(worker)

    screens = [
        f"/admin/youth/rounds/{voting_round.pk}/codes/",
        f"/admin/pages/{voting_round.pk}/edit/",
        f"/admin/pages/{youth_home.pk}/",
    ]
    for url in screens:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "uitslag/" not in response.text
        assert "Votes per proposal" not in response.text


def test_results_page_shows_votes_and_winners_after_closing(client, youth_home):
    voting_round, (a, b, _c, _d) = closed_round_with_ballots(youth_home, max_choices=1)
    cast_all(voting_round, [[a], [a], [b]], when=days_ago(5))

    page = client.get(voting_round.url)
    results = client.get(voting_round.url + "uitslag/")

    assert "uitslag/" in page.text and "controle/" in page.text
    assert results.status_code == 200
    assert a.title in results.text


def test_integrity_report_adds_up(client, youth_home):
    voting_round, proposals = count_round(youth_home, opens_in=-10, closes_in=-1)
    when = days_ago(5)
    batch, codes = new_codes(voting_round, count=5, label="Klas 1")
    reserve, reserve_codes = new_codes(voting_round, count=4, label="Reserve")
    for code in codes[:3]:
        cast_ballot(voting_round, code, ids(proposals[:1]), now=when)
    refusal_of(voting_round, codes[0], proposals[:1], now=when)  # used
    revoke_batch(reserve, now=when)
    refusal_of(voting_round, reserve_codes[0], proposals[:1], now=when)  # revoked
    refusal_of(voting_round, "AAAA-AAAA-AC", proposals[:1], now=when)  # malformed

    report = integrity_report(voting_round)

    assert [(b.label, b.issued, b.redeemed, b.revoked_unused) for b in report.batches] == [
        ("Klas 1", 5, 3, 0),
        ("Reserve", 4, 0, 4),
    ]
    assert report.rejected_counts == {"used": 1, "revoked": 1, "malformed": 1}
    assert report.totals == {"issued": 9, "redeemed": 3, "revoked_unused": 4, "rejected": 3}
    assert report.ballots == 3
    assert report.consistent
    response = client.get(voting_round.url + "controle/")
    assert response.status_code == 200
    assert "Klas 1" in response.text
