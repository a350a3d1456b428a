"""Which demo pages the screenshots and Lighthouse reports show, looked up in the running demo.

The addresses are read from the server's database rather than written down, so a renamed or
merged page does not break the scripts: the product is the passport product, the consultation,
youth home and area page are the first live Dutch page of their type.
"""

import json

# Runs in ``manage.py shell`` against the demo server's database; prints one JSON object.
FIND_PAGES = """
import json
from consultations.models import ConsultationPage, ConsultationSurveyPage
from kcc_content.models import ProductPage
from neighbourhoods.models import AreaPage
from youth.models import VotingRoundPage, YouthHomePage
from youth.results import ResultsNotAvailable, round_results


def first(model, **filters):
    return model.objects.live().public().filter(locale__language_code="nl", **filters).order_by("path").first()


def results_url():
    for voting_round in VotingRoundPage.objects.live().public().order_by("path"):
        try:
            round_results(voting_round)
        except ResultsNotAvailable:
            continue
        return voting_round.url + "uitslag/"
    return None


product = first(ProductPage, slug__contains="paspoort") or first(ProductPage)
print(json.dumps({
    "product": product.url,
    "consultation": first(ConsultationPage).url,
    "youth-home": first(YouthHomePage).url,
    "area": first(AreaPage).url,
    "survey": first(ConsultationSurveyPage).url,
    "youth-results": results_url(),
}))
"""


# The six pages issue 16 asks to show on screenshots and in Lighthouse, in this order.
MUST_SHOW = ("home", "product", "search", "consultation", "youth-home", "area")


def demo_pages(server) -> dict[str, str | None]:
    """Paths on ``server`` by name: the ``MUST_SHOW`` pages, the survey and the youth results.

    ``server`` is a started :class:`tests.e2e.server.SiteServer` (or subclass). The youth results
    are None when no voting round of the demo has closed.
    """
    found = json.loads(server.manage("shell", "-c", FIND_PAGES).strip().splitlines()[-1])
    return {"home": "/", "search": "/zoeken/?q=paspoort", **found}
