"""One demo site per test process, shared by every test that asks for the ``demo_site`` fixture.

Building the demo (``load_demo``) takes seconds of CPU; ten test modules used to build their own.
Now the first test that needs it builds it inside a transaction that stays open, and pytest-django
runs each test in a savepoint inside that transaction: what a test changes is rolled back, and the
next test sees the demo exactly as built. A test that uses the database *without* the demo rolls
the whole demo back first, so it still finds the empty database it expects, and the next demo
test builds the demo again. The conftest keeps the demo tests together (and on one xdist worker),
so that happens rarely; ``DemoTransaction.builds`` counts it.

Tests that need committed data (``transaction=True``) cannot share an open transaction: they
may not ask for the demo.
"""

import os
from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command
from django.db import transaction

#: The demo administrator's password in tests (``load_demo`` prints it).
DEMO_PASSWORD = "demo-wachtwoord-voor-tests"  # noqa: S105


@dataclass(frozen=True)
class DemoSite:
    """What the shared ``load_demo`` run left behind besides the database rows."""

    output: str  # what the command printed (the admin login, the vote codes)


class DemoTransaction:
    """The open transaction that holds the shared demo, built when first needed."""

    def __init__(self):
        self.atomic = None
        self.site: DemoSite | None = None
        self.builds = 0

    @property
    def is_open(self) -> bool:
        return self.atomic is not None

    def open(self, blocker) -> DemoSite:
        """Build the demo in a new outer transaction unless it is there already."""
        if self.atomic is None:
            with blocker.unblock():
                self.atomic = transaction.atomic()
                self.atomic.__enter__()
                try:
                    self.site = DemoSite(output=build_demo())
                except BaseException:
                    self.close(blocker)
                    raise
            self.builds += 1
        return self.site

    def close(self, blocker) -> None:
        """Roll the demo back: the database is as the migrations left it."""
        if self.atomic is None:
            return
        atomic, self.atomic, self.site = self.atomic, None, None
        with blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def build_demo() -> str:
    """Run ``load_demo`` with the test password; return what it printed."""
    output = StringIO()
    before = os.environ.get("DEMO_ADMIN_PASSWORD")
    os.environ["DEMO_ADMIN_PASSWORD"] = DEMO_PASSWORD
    try:
        call_command("load_demo", stdout=output)
    finally:
        if before is None:
            del os.environ["DEMO_ADMIN_PASSWORD"]
        else:
            os.environ["DEMO_ADMIN_PASSWORD"] = before
    return output.getvalue()
