"""How pytest-xdist hands out the tests (``--dist loadgroup``): tests that share one expensive
setup go to one worker together.

The browser tests share one site server (the package fixture ``site`` in tests/e2e/conftest.py
migrates a database, builds the demo and starts ``runserver``), and some of them read what an
earlier one did. As one unit of work they start one server, on one worker, in file order; the
other worker meanwhile runs the rest, test by test. (Split in two groups, each with its own
server, they took the cores from the other tests and the suite got slower.)

The upgrade tests (tests/upgrade/) share one module fixture that restores and migrates the
previous main's database; split over two workers, it would be done twice.

The tests that read the shared demo site (the ``demo_site`` fixture, see tests/demo_site.py) form
a group too: on one worker the demo is built once; spread over two, each built it (and built it
again after a test without the demo came in between). The controller does not collect tests, so
the group is found by file: every test file that names ``demo_site``.

The tests that open many database connections at once (threads released together by a
``threading.Barrier``: 50 simultaneous ballots, 50 simultaneous bookings) form a group as well.
On two workers at the same moment they would ask PostgreSQL for more than its default
``max_connections`` of 100 and fail with "too many clients already"; one after another on one
worker they stay well under it.

xdist's own ``xdist_group`` mark does not work with pytest 9 (xdist renames the test's node id to
carry the group, and pytest 9 no longer lets it), so the group follows from the path instead.
"""

from pathlib import Path

from xdist.scheduler import LoadGroupScheduling

TESTS_DIR = Path(__file__).resolve().parent

#: Test folders whose tests run together on one worker, and the name of their group.
GROUPS = {"tests/e2e/": "e2e", "tests/upgrade/": "upgrade"}


#: What in a test file's text puts it in a group found by file, and the name of that group.
#: The first that matches wins.
FILE_GROUPS = {"threading.Barrier(": "connections", "demo_site": "demo"}


def grouped_test_files() -> dict[str, str]:
    """Every test file outside the folder groups that uses the shared demo site or opens many
    database connections at once, with the name of its group."""
    files = {}
    for path in sorted(TESTS_DIR.rglob("test_*.py")):
        name = path.relative_to(TESTS_DIR.parent).as_posix()
        if name.startswith(tuple(GROUPS)):
            continue
        text = path.read_text()
        for marker, group in FILE_GROUPS.items():
            if marker in text:
                files[name + "::"] = group
                break
    return files


class SharedSetupTogether(LoadGroupScheduling):
    """``loadgroup`` scheduling in which the tests that share one expensive setup form a group:
    the browser tests, the upgrade tests, the tests of the shared demo site, and the tests that
    open many database connections at once."""

    def __init__(self, config, log=None):
        super().__init__(config, log)
        self.groups = {**GROUPS, **grouped_test_files()}

    def _split_scope(self, nodeid: str) -> str:
        for folder, group in self.groups.items():
            if nodeid.startswith(folder):
                return group
        return super()._split_scope(nodeid)


class WorkerSchedule:
    """The xdist hook, registered only when xdist runs."""

    def pytest_xdist_make_scheduler(self, config, log):
        if config.getvalue("dist") == "loadgroup":
            return SharedSetupTogether(config, log)
        return None
