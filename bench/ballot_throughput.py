"""How many youth ballots per second the database takes: sequential and parallel voters.

Usage: ``.venv/bin/python -m bench.ballot_throughput [--sequential N] [--threads M]
[--per-thread K]``. Uses a fresh database: a temporary SQLite file, or, when ``DATABASE_URL``
points at PostgreSQL, a new database ``<name>_bench_ballots`` on that server (dropped again at
the end). Every ballot goes through ``youth.ballots.cast_ballot`` with its own code, exactly as
the final "Ja, dit is mijn stem" submit does (without the HTTP layer). Prints ballots per second.
"""

import argparse
import threading
import time

from bench.databases import migrated_django


def build_round():
    """A youth section with an open count round and five proposals."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    from youth.models import VotingRoundPage, YouthHomePage, YouthProposal

    root = Page.get_first_root_node()
    youth_home = root.add_child(instance=YouthHomePage(title="Jongeren", slug="jongeren-bench"))
    proposals = [
        YouthProposal.objects.create(
            youth_home=youth_home,
            title=f"Voorstel {n}",
            what="Iets",
            why="Daarom",
            age_band="12-15",
            status="published",
        )
        for n in range(5)
    ]
    now = timezone.now()
    voting_round = VotingRoundPage(
        title="Stemronde",
        slug="stemronde-bench",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
        rule="count",
        max_choices=3,
        who_may_vote="Iedereen met een code.",
        proposals=proposals,
    )
    youth_home.add_child(instance=voting_round)
    return voting_round, [p.pk for p in proposals]


def sequential(voting_round, choice, codes) -> float:
    from youth.ballots import cast_ballot

    start = time.perf_counter()
    for code in codes:
        cast_ballot(voting_round, code, choice)
    return len(codes) / (time.perf_counter() - start)


def parallel(voting_round, choice, codes_per_thread) -> float:
    from django.db import connections

    from youth.ballots import cast_ballot

    barrier = threading.Barrier(len(codes_per_thread) + 1)
    errors = []

    def voter(codes):
        barrier.wait()
        for code in codes:
            try:
                cast_ballot(voting_round, code, choice)
            except Exception as error:  # noqa: BLE001 - counted and reported after the run
                errors.append(repr(error))
        connections.close_all()

    threads = [threading.Thread(target=voter, args=(codes,)) for codes in codes_per_thread]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if errors:
        print(f"  {len(errors)} ballots failed, e.g. {errors[0]}")
    return (sum(len(codes) for codes in codes_per_thread) - len(errors)) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=500, help="ballots cast one by one")
    parser.add_argument("--threads", type=int, default=20, help="parallel voters")
    parser.add_argument("--per-thread", type=int, default=50, help="ballots per parallel voter")
    args = parser.parse_args()

    with migrated_django("ballots"):
        from django.db import connection

        from youth.code_batches import create_batch
        from youth.models import Ballot, VoteCode

        voting_round, proposal_ids = build_round()
        choice = proposal_ids[:3]
        parallel_total = args.threads * args.per_thread
        _batch, codes = create_batch(voting_round, "Bench", args.sequential + parallel_total)
        print(f"database: {connection.vendor}")
        rate = sequential(voting_round, choice, codes[: args.sequential])
        print(f"sequential: {args.sequential} ballots, {rate:.0f} ballots/s")
        rest = codes[args.sequential :]
        groups = [rest[i :: args.threads] for i in range(args.threads)]
        rate = parallel(voting_round, choice, groups)
        print(
            f"parallel:   {args.threads} voters x {args.per_thread} ballots, {rate:.0f} ballots/s"
        )
        ballots = Ballot.objects.count()
        redeemed = VoteCode.objects.filter(redeemed_at__isnull=False).count()
        print(f"check: {ballots} ballots, {redeemed} redeemed codes")


if __name__ == "__main__":
    main()
