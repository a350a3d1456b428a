"""Counting the queries of a public view, for the tests of constant work per page.

A view is requested once to fill what may be kept between requests (Wagtail's site root paths,
the content types, image renditions), then counted on a second request. The test settings keep
no pages or page fragments (the ``pages`` cache is a dummy), so the count is of a full render.
"""

import re
from collections import Counter

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

#: Numbers and quoted values, which differ between two runs of the same query.
VALUES = re.compile(r"'[^']*'|\b\d+\b")
#: A list of values (``IN (?, ?, ?)``), whose length differs with the number of items.
VALUE_LIST = re.compile(r"\((?:\?, )*\?\)")


def warm(client, url: str) -> None:
    """Request ``url`` once, so the counted request is not the first."""
    response = client.get(url)
    assert response.status_code == 200, url


def queries_of(client, url: str) -> list[dict]:
    """The queries of a second request of ``url``."""
    warm(client, url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    assert len(captured) > 0, f"{url} came from a cache: nothing was counted"
    return captured.captured_queries


def report_rows(response) -> list:
    """The table rows of an admin report page."""
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("table tbody tr")


def counted_report_rows(client, url: str) -> tuple[list, int]:
    """The rows of the report at ``url`` and the queries it took, on a second request."""
    warm(client, url)
    with CaptureQueriesContext(connection) as captured:
        rows = report_rows(client.get(url))
    return rows, len(captured)


def grown(before: list[dict], after) -> str:
    """The queries ``after`` runs more or less often than ``before`` (values left out), one
    per line, for the message of a failed comparison."""
    counts_before = Counter(_shape(query["sql"]) for query in before)
    counts_after = Counter(_shape(query["sql"]) for query in after)
    return "\n".join(
        f"{counts_after[sql] - counts_before[sql]:+d} {sql[:300]}"
        for sql in counts_before | counts_after
        if counts_after[sql] != counts_before[sql]
    )


def _shape(sql: str) -> str:
    return VALUE_LIST.sub("(…)", VALUES.sub("?", sql))
