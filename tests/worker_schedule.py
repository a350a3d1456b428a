"""How pytest-xdist hands out the tests (``--dist loadgroup``): tests that share one expensive
setup go to one worker together.

The browser tests share a site server (the package fixture ``site`` in tests/e2e/conftest.py
migrates a database, builds the demo and starts ``runserver``), and some of them read what an
earlier one did. They form two groups (``GROUPS``); each group is one unit of work that starts
its own server on one worker and runs in file order, so the two workers each run one group
beside the other tests. A file stays in one group: tests that depend on each other share a file.

The upgrade tests (tests/upgrade/) share one module fixture that builds the previous main's
database; split over two workers, it would be built twice.

xdist's own ``xdist_group`` mark does not work with pytest 9 (xdist renames the test's node id to
carry the group, and pytest 9 no longer lets it), so the group follows from the path instead.
"""

from xdist.scheduler import LoadGroupScheduling

#: Test files and folders whose tests run together on one worker, and the name of their group;
#: the first prefix that matches wins. The browser tests form two groups of about equal length,
#: so each worker runs one (with its own server): the whole-site checks that only read pages,
#: and the resident and staff journeys (every other browser test).
GROUPS = {
    **{
        f"tests/e2e/{name}.py": "e2e-site-checks"
        for name in (
            "test_axe_every_page",
            "test_accessibility",
            "test_look",
            "test_sitemap_urls",
            "test_service_norms",
            "test_api_fuzz",
        )
    },
    "tests/e2e/": "e2e-journeys",
    "tests/upgrade/": "upgrade",
}


class BrowserTestsTogether(LoadGroupScheduling):
    """``loadgroup`` scheduling in which the browser tests form two groups and the upgrade tests
    one."""

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
