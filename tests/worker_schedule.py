"""How pytest-xdist hands out the tests (``--dist loadgroup``): tests that share one expensive
setup go to one worker together.

The browser tests share one site server (the package fixture ``site`` in tests/e2e/conftest.py
migrates a database, builds the demo and starts ``runserver``), and some of them read what an
earlier one did. As one unit of work they start one server, on one worker, in file order; the
other worker meanwhile runs the rest, test by test. (Split in two groups, each with its own
server, they took the cores from the other tests and the suite got slower.)

The upgrade tests (tests/upgrade/) share one module fixture that builds the previous main's
database; split over two workers, it would be built twice.

xdist's own ``xdist_group`` mark does not work with pytest 9 (xdist renames the test's node id to
carry the group, and pytest 9 no longer lets it), so the group follows from the path instead.
"""

from xdist.scheduler import LoadGroupScheduling

#: Test folders whose tests run together on one worker, and the name of their group.
GROUPS = {"tests/e2e/": "e2e", "tests/upgrade/": "upgrade"}


class BrowserTestsTogether(LoadGroupScheduling):
    """``loadgroup`` scheduling in which the browser tests form one group, and so do the
    upgrade tests."""

    def _split_scope(self, nodeid: str) -> str:
        for folder, group in GROUPS.items():
            if nodeid.startswith(folder):
                return group
        return super()._split_scope(nodeid)


class WorkerSchedule:
    """The xdist hook, registered only when xdist runs."""

    def pytest_xdist_make_scheduler(self, config, log):
        if config.getvalue("dist") == "loadgroup":
            return BrowserTestsTogether(config, log)
        return None
