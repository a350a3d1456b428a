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

xdist's own ``xdist_group`` mark does not work with pytest 9 (xdist renames the test's node id to
carry the group, and pytest 9 no longer lets it), so the group follows from the path instead.
"""

from pathlib import Path

from xdist.scheduler import LoadGroupScheduling

TESTS_DIR = Path(__file__).resolve().parent

#: Test folders whose tests run together on one worker, and the name of their group.
GROUPS = {"tests/e2e/": "e2e", "tests/upgrade/": "upgrade"}


def demo_test_files() -> dict[str, str]:
    """Every test file outside the groups above that uses the shared demo site, as a group."""
    files = {}
    for path in sorted(TESTS_DIR.rglob("test_*.py")):
        name = path.relative_to(TESTS_DIR.parent).as_posix()
        if not name.startswith(tuple(GROUPS)) and "demo_site" in path.read_text():
            files[name + "::"] = "demo"
    return files


class SharedSetupTogether(LoadGroupScheduling):
    """``loadgroup`` scheduling in which the tests that share one expensive setup form a group:
    the browser tests, the upgrade tests and the tests of the shared demo site."""

    def __init__(self, config, log=None):
        super().__init__(config, log)
        self.groups = {**GROUPS, **demo_test_files()}

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
