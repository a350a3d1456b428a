"""E-mails sent while the site answers a request link to the address the site is served on.

`make run PORT=8123` used to serve on 8123 while the confirmation e-mails linked to :8000.
"""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_the_confirmation_of_a_proposal_links_to_the_port_the_site_is_served_on(
    client, youth_home, settings
):
    settings.SITE_URL = "http://127.0.0.1:8000"
    proposal = {
        "title": "Een skatebaan bij het park",
        "what": "Een skatebaan met een paar schansen.",
        "why": "Nu skaten we op de parkeerplaats. Dat is gevaarlijk.",
        "area": "",
        "proposer_cost": "",
        "age_band": "12-15",
        "email": "jongere@example.org",
        "website": "",
    }

    client.post(f"{youth_home.url}voorstel-doen/", proposal, HTTP_HOST="127.0.0.1:8123")

    [message] = mail.outbox
    links = re.findall(r"https?://\S+", message.body)
    assert links
    assert all(link.startswith("http://127.0.0.1:8123/") for link in links), links
