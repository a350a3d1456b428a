"""The area page costs the same number of queries however much there is about the area.

A village page shows what other apps and this one have about the area (consultations, news,
youth proposals, initiatives, meetings, office hours, contacts, appointment places) and the cards
of its neighbourhoods. Each list is read in bulk: a page with four of everything makes as many
queries as a page with one of everything, in Dutch and in English. See also
``tests/home/test_constant_queries.py``.
"""

import datetime
from decimal import Decimal

import pytest
import wagtail_factories
from django.utils import timezone
from freezegun import freeze_time

from appointments.models import AppointmentLocation
from consultations.models import PhaseKind
from neighbourhoods.initiative_status import change_status
from neighbourhoods.models import AreaContact, ContactRole, InitiativePhoto
from tests.consultations.factories import ConsultationIndexPageFactory, make_consultation
from tests.factories import NewsIndexPageFactory, NewsPageFactory, publish_translation
from tests.neighbourhoods.factories import (
    BudgetFactory,
    InitiativeFactory,
    MeetingFactory,
    RecurringOfficeHoursFactory,
    neighbourhood_page,
)
from tests.query_counts import grown, queries_of, warm
from tests.youth.factories import ProposalFactory, YouthHomePageFactory

pytestmark = pytest.mark.django_db

#: A fixed moment, so upcoming and past meetings and the consultations' phases do not depend on
#: the day the tests run.
NOW = "2026-05-12 08:00:00"

#: The most queries an area page may make with nothing cached (header, menu, footer and
#: breadcrumbs included). It makes 50 in Dutch and 58 in English.
MAX_AREA_PAGE_QUERIES = 65


def picture(title: str):
    """An image with alternative text (required for page images)."""
    return wagtail_factories.ImageFactory(title=title, description=f"Foto: {title}")


def add_about(village, home_pages: dict, number: int) -> None:
    """Add one of everything an area page lists to ``village`` (``number`` keeps names apart)."""
    area = village.area
    neighbourhood_page(village, f"Wijk {number}", image=picture(f"Wijk {number}"))
    make_consultation(
        home_pages["consultations"],
        title=f"Plan {number}",
        area=area,
        image=picture(f"Plan {number}"),
    )
    make_consultation(
        home_pages["consultations"],
        current=PhaseKind.CLOSED,
        title=f"Eerder plan {number}",
        area=area,
    )
    NewsPageFactory(
        parent=home_pages["news"],
        title=f"Nieuws {number}",
        area=area,
        date=datetime.date(2026, 5, number),
        image=picture(f"Nieuws {number}"),
    )
    ProposalFactory(youth_home=home_pages["youth"], title=f"Voorstel {number}", area=area)
    initiative = InitiativeFactory(area=village, title=f"Initiatief {number}")
    change_status(initiative, "approved", user=None, amount=Decimal("500"), note="Goed plan.")
    InitiativePhoto.objects.create(initiative=initiative, image=picture(f"Initiatief {number}"))
    MeetingFactory(area=village, topic=f"Wijktafel {number}")
    past = timezone.now() - datetime.timedelta(days=10 + number)
    MeetingFactory(
        area=village,
        topic=f"Verslag {number}",
        starts_at=past,
        ends_at=past + datetime.timedelta(hours=2),
        report="Er kwamen twintig bewoners.",
    )
    RecurringOfficeHoursFactory(area=village, topic=f"Spreekuur {number}")
    AreaContact.objects.create(
        page=village, role=ContactRole.OTHER, role_label=f"Contact {number}", name="Eva Kuipers"
    )
    AppointmentLocation.objects.create(name=f"Wijkcentrum {number}", area=area)


@freeze_time(NOW)
def test_an_area_page_costs_the_same_with_four_of_everything(
    client, home, english_home, area_index, village, locales, django_assert_max_num_queries
):
    home_pages = {
        "consultations": ConsultationIndexPageFactory(parent=home),
        "news": NewsIndexPageFactory(parent=home),
        "youth": YouthHomePageFactory(parent=home),
    }
    BudgetFactory(area=village, amount=Decimal("10000"))
    publish_translation(
        area_index, locales[1], title="In your neighbourhood", slug="in-your-neighbourhood"
    )
    english_village = publish_translation(village, locales[1])
    add_about(village, home_pages, 1)
    counted = {url: queries_of(client, url) for url in (village.url, english_village.url)}

    for number in (2, 3, 4):
        add_about(village, home_pages, number)

    for url, one_of_everything in counted.items():
        warm(client, url)
        with django_assert_max_num_queries(MAX_AREA_PAGE_QUERIES) as four_of_everything:
            client.get(url)
        assert len(four_of_everything) == len(one_of_everything), grown(
            one_of_everything, four_of_everything
        )
