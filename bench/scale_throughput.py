"""Ballots and bookings per second, on a database that is already migrated.

Usage (run by ``bench.site_at_scale`` with ``DATABASE_URL`` set to a scratch copy of its demo
build): ``.venv/bin/python -m bench.scale_throughput ballots|bookings [options of that bench]``.

``bench.ballot_throughput`` and ``bench.booking_throughput`` each migrate a new database first
(about 1.5 minutes on a busy 2-core machine, more than the measurement itself). Here their own
``main()`` runs unchanged, with the fresh migrated database swapped for the already migrated
copy ``DATABASE_URL`` names; they print what they print on their own.
"""

import os
import sys
from contextlib import contextmanager

from bench import ballot_throughput, booking_throughput

BENCHES = {"ballots": ballot_throughput, "bookings": booking_throughput}


@contextmanager
def prepared_django(suffix: str):
    """Stands in for ``bench.databases.migrated_django``: the same settings, on the migrated
    database ``DATABASE_URL`` names (the caller made it and drops it)."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.db import connections

    try:
        yield
    finally:
        connections.close_all()


def main() -> None:
    """Run the chosen benchmark's ``main()`` on the migrated database."""
    if len(sys.argv) < 2 or sys.argv[1] not in BENCHES:
        sys.exit(f"usage: python -m bench.scale_throughput {'|'.join(BENCHES)} [options]")
    bench = BENCHES[sys.argv[1]]
    bench.migrated_django = prepared_django
    sys.argv = [bench.__name__, *sys.argv[2:]]
    bench.main()


if __name__ == "__main__":
    main()
