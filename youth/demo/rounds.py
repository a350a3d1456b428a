"""Demo voting rounds and vote code batches of the youth section.

``build_rounds_demo`` is called by ``youth.demo.builder.build_youth_demo`` after the proposals
exist. ``proposals`` maps the keys of ``youth.demo.content.PROPOSALS`` (such as "skatebaan") to
the published ``YouthProposal`` objects.

Two rounds, with dates relative to the day the demo is built; the year in a round's title is
the year (or years) of its own voting period, so a round is never called after another year:

* an OPEN budget round (€ 25.000, six proposals) with the batch "Demo-klas" of ten codes. The
  database keeps only hashes, so the codes are printed when the batch is created and written
  to ``.demo-vote-codes.txt`` (``DEMO_VOTE_CODES_FILE``), from where later runs print them again;
* a CLOSED count round (choose 3) with 40 ballots made from redeemed codes of a batch, a revoked
  reserve batch and some refused attempts, so the results and the integrity report add up.

Idempotent: a round that exists is left alone, and codes and ballots are only added to a round
without batches.
"""

import datetime
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from youth.code_batches import create_batch, revoke_batch
from youth.models import (
    Ballot,
    BallotChoice,
    RejectedVoteAttempt,
    VoteCode,
    VoteCodeBatch,
    VotingRoundPage,
)
from youth.vote_codes import format_code

YOUTH_WORKERS_GROUP = "Jongerenwerkers"
DEMO_BATCH = "Demo-klas"
DEMO_BATCH_SIZE = 10
#: A round is on the site this long before voting opens.
ANNOUNCED_BEFORE_OPENING = datetime.timedelta(days=14)

OPEN_ROUND = {
    "slug": "jongerenbudget",
    "title": "Jongerenbudget {years}: kies jouw plannen",
    "intro": (
        "De gemeente heeft € 25.000 voor plannen van jongeren. "
        "Jij kiest welke plannen we gaan doen. Stem met je stemcode."
    ),
    "who_may_vote": "Jongeren van 12 tot en met 23 jaar uit de gemeente met een stemcode.",
    "budget": 25000,
    "proposals": [
        "hangplek",
        "prullenbakken",
        "sporten",
        "moestuin",
        "watertappunt",
        "graffitimuur",
    ],
}

CLOSED_ROUND = {
    "slug": "grote-plannen",
    "title": "Grote plannen {years}",
    "intro": "Welke drie grote plannen vinden jongeren het belangrijkst? Dat was de vraag.",
    "who_may_vote": "Leerlingen van de middelbare scholen in Geertruidenberg.",
    "max_choices": 3,
    "proposals": ["skatebaan", "pannaveld", "jongerencafe", "fietspad", "hangplek"],
    "updates": (
        "<p>Bedankt voor je stem! De drie winnaars zijn bekend.</p>"
        "<ul><li>De skatebaan komt in het park. We maken het plan samen met jongeren. "
        "Daarna begint de bouw.</li>"
        "<li>Voor het pannaveld zoeken we nu een goede plek.</li>"
        "<li>Over het jongerencafé praten we met het jongerenwerk. "
        "Over een paar maanden lees je hier meer.</li></ul>"
    ),
    "batch": "Demo-school",
    "batch_size": 50,
    "reserve_batch": "Reservecodes",
    "reserve_size": 10,
}

#: The 40 ballots of the closed round: each choice is cast this many times.
CLOSED_BALLOTS = [
    (("skatebaan", "pannaveld", "jongerencafe"), 9),
    (("skatebaan", "hangplek"), 6),
    (("pannaveld", "fietspad", "skatebaan"), 7),
    (("jongerencafe",), 4),
    (("skatebaan", "jongerencafe", "fietspad"), 5),
    (("hangplek", "pannaveld"), 5),
    (("fietspad",), 4),
]

#: Refused attempts in the closed round, by reason.
CLOSED_REJECTIONS = {
    RejectedVoteAttempt.Reason.MALFORMED: 7,
    RejectedVoteAttempt.Reason.UNKNOWN: 3,
    RejectedVoteAttempt.Reason.USED: 2,
    RejectedVoteAttempt.Reason.REVOKED: 1,
}


def codes_file() -> Path:
    """Where the plain demo codes are kept for later runs of ``load_demo``."""
    return Path(
        os.environ.get("DEMO_VOTE_CODES_FILE") or Path(settings.BASE_DIR) / ".demo-vote-codes.txt"
    )


def _codes_file_header(voting_round) -> str:
    return f"# {connection.settings_dict['NAME']} round {voting_round.pk}"


def save_demo_codes(voting_round, codes) -> None:
    """Keep the plain demo codes next to the project (they are demo codes, not real ones)."""
    lines = [_codes_file_header(voting_round), *(format_code(code) for code in codes)]
    codes_file().write_text("\n".join(lines) + "\n", encoding="utf-8")


def saved_demo_codes(voting_round) -> list[str]:
    """The demo codes saved for this round and database, or nothing."""
    try:
        lines = codes_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    if not lines or lines[0] != _codes_file_header(voting_round):
        return []
    return [line for line in lines[1:] if line.strip()]


def print_demo_codes(builder, voting_round, codes, new: bool) -> None:
    url = voting_round.full_url or voting_round.url or ""
    builder.log(f"Demo vote codes for '{voting_round.title}' ({url}stemmen/):")
    if codes:
        builder.log("  " + "  ".join(codes))
        if new:
            builder.log(f"  (also saved in {codes_file()})")
    else:
        builder.log(
            "  printed when they were created; they are stored only as hashes. "
            "Run: python manage.py create_vote_codes "
            f"{voting_round.slug} --count 10 --batch NAME --output codes.csv"
        )


def voting_years(opens_at: datetime.datetime, closes_at: datetime.datetime) -> str:
    """The year of a voting period for its title: "2026", or "2026-2027" across New Year."""
    first, last = timezone.localtime(opens_at).year, timezone.localtime(closes_at).year
    return str(first) if first == last else f"{first}-{last}"


def _round(builder, youth_home, proposals, data, team, opens_at, closes_at, **fields):
    return builder.child(
        youth_home,
        VotingRoundPage,
        data["slug"],
        title=data["title"].format(years=voting_years(opens_at, closes_at)),
        intro=data["intro"],
        who_may_vote=data["who_may_vote"],
        opens_at=opens_at,
        closes_at=closes_at,
        proposals=[proposals[key] for key in data["proposals"] if key in proposals],
        published_on=timezone.localdate(opens_at) - ANNOUNCED_BEFORE_OPENING,
        **fields,
        **builder.ownership(team),
    )


def build_open_round(builder, youth_home, proposals, team) -> VotingRoundPage:
    """The open budget round and its demo batch; prints the demo codes."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    voting_round = _round(
        builder,
        youth_home,
        proposals,
        OPEN_ROUND,
        team,
        opens_at=now - datetime.timedelta(days=3),
        closes_at=now + datetime.timedelta(days=28),
        rule=VotingRoundPage.Rule.BUDGET,
        budget=OPEN_ROUND["budget"],
    )
    if not VoteCodeBatch.objects.filter(round=voting_round, label=DEMO_BATCH).exists():
        _batch, codes = create_batch(voting_round, DEMO_BATCH, DEMO_BATCH_SIZE)
        save_demo_codes(voting_round, codes)
        print_demo_codes(builder, voting_round, [format_code(c) for c in codes], new=True)
    else:
        print_demo_codes(builder, voting_round, saved_demo_codes(voting_round), new=False)
    return voting_round


def build_closed_round(builder, youth_home, proposals, team) -> VotingRoundPage:
    """The closed count round with its ballots, a revoked batch and refused attempts."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    opens_at = now - datetime.timedelta(days=60)
    closes_at = now - datetime.timedelta(days=30)
    voting_round = _round(
        builder,
        youth_home,
        proposals,
        CLOSED_ROUND,
        team,
        opens_at=opens_at,
        closes_at=closes_at,
        rule=VotingRoundPage.Rule.COUNT,
        max_choices=CLOSED_ROUND["max_choices"],
        updates=CLOSED_ROUND["updates"],
    )
    if voting_round.batches.exists():
        return voting_round
    batch, _codes = create_batch(voting_round, CLOSED_ROUND["batch"], CLOSED_ROUND["batch_size"])
    reserve, _codes = create_batch(
        voting_round, CLOSED_ROUND["reserve_batch"], CLOSED_ROUND["reserve_size"]
    )
    revoke_batch(reserve, now=opens_at + datetime.timedelta(days=10))
    code_ids = list(
        VoteCode.objects.filter(batch=batch).order_by("pk").values_list("pk", flat=True)
    )
    number = 0
    for keys, times in CLOSED_BALLOTS:
        chosen = [proposals[key] for key in keys if key in proposals]
        for _time in range(times):
            cast_at = opens_at + datetime.timedelta(days=number % 28, hours=9 + number % 8)
            VoteCode.objects.filter(pk=code_ids[number]).update(redeemed_at=cast_at)
            ballot = Ballot.objects.create(round=voting_round, cast_on=cast_at.date())
            BallotChoice.objects.bulk_create(
                BallotChoice(ballot=ballot, proposal=proposal) for proposal in chosen
            )
            number += 1
    for offset, (reason, count) in enumerate(CLOSED_REJECTIONS.items()):
        RejectedVoteAttempt.objects.create(
            round=voting_round,
            day=(opens_at + datetime.timedelta(days=offset)).date(),
            reason=reason,
            count=count,
        )
    return voting_round


def build_rounds_demo(builder, youth_home, proposals) -> None:
    """Add the demo voting rounds under ``youth_home``."""
    team = Group.objects.filter(name=YOUTH_WORKERS_GROUP).first()
    if team is None:
        team = Group.objects.filter(name="Team Communicatie").first()
    build_closed_round(builder, youth_home, proposals, team)
    build_open_round(builder, youth_home, proposals, team)
