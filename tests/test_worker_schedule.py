"""The test files that must not run at the same time as each other share one xdist group."""

from tests.worker_schedule import grouped_test_files

MANY_CONNECTIONS = (
    "tests/appointments/test_concurrent_booking.py",
    "tests/youth/test_concurrent_votes.py",
    "tests/neighbourhoods/test_budget_concurrency.py",
)


def test_tests_that_open_many_connections_at_once_run_one_after_another():
    groups = grouped_test_files()

    assert {groups[name + "::"] for name in MANY_CONNECTIONS} == {"connections"}


def test_tests_of_the_shared_demo_site_run_together():
    groups = grouped_test_files()

    assert groups["tests/legal/test_privacy.py::"] == "demo"
    assert "tests/core/test_public_holidays.py::" not in groups
