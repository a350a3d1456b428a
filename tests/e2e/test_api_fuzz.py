"""Property-based tests of both public APIs against the running site: schemathesis reads each
OpenAPI document the site serves, generates valid and invalid requests for every operation and
checks every answer: no 5xx, the documented status codes and content types, and bodies that
follow the documented schemas.

The knowledge-base API is read anonymously; the Klantinteracties export is read by a member of
staff with the right permission, logged in through the admin's login form.
"""

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from tests.e2e.server import ADMIN_PASSWORD

#: Generated requests per operation and generation mode; derandomized, so every run sends the
#: same requests and a failure can be replayed.
EXAMPLES = 30
APIS = {
    "kcc": "/api/kcc/v1/openapi.json",
    "klantinteracties": "/api/klantinteracties/v1/openapi.json",
}


def staff_session(site) -> requests.Session:
    """A session logged in as the demo administrator through the real login form."""
    session = requests.Session()
    session.get(site.url("/admin/login/"), timeout=10)
    response = session.post(
        site.url("/admin/login/"),
        data={
            "username": "admin",
            "password": ADMIN_PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": site.url("/admin/login/")},
        timeout=10,
    )
    assert response.url == site.url("/admin/"), "the demo administrator could not log in"
    return session


def described_operations(site, api: str, session: requests.Session) -> tuple[str, list]:
    """The API's server address as its document states it, and its operations."""
    response = session.get(site.url(APIS[api]), timeout=10)
    assert response.status_code == 200, f"{APIS[api]} answered {response.status_code}"
    spec = response.json()
    schema = schemathesis.openapi.from_dict(spec)
    return spec["servers"][0]["url"], [result.ok() for result in schema.get_all_operations()]


def run_operation(operation, mode: GenerationMode, base_url: str, session: requests.Session):
    """Send ``EXAMPLES`` generated requests to one operation; the checks raise on a failure."""

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        case.call_and_validate(base_url=base_url, session=session, timeout=30)

    check()


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_get_documented_answers_and_no_server_error(site, api, mode):
    session = staff_session(site) if api == "klantinteracties" else requests.Session()
    base_url, found = described_operations(site, api, session)
    assert base_url.startswith(site.base_url), base_url
    assert found, f"the {api} OpenAPI document describes no operation"
    for operation in found:
        run_operation(operation, mode, base_url, session)
