"""A consultation overview under the home page, shared by the consultation tests, and the area
pages consultations can be about."""

import pytest

from tests.consultations.factories import ConsultationIndexPageFactory
from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    AreaPageFactory,
    neighbourhood_page,
)


@pytest.fixture
def consultation_index(home):
    return ConsultationIndexPageFactory(parent=home)


@pytest.fixture
def areas(home):
    """Area pages by slug: the villages Raamsdonksveer (with the neighbourhood Centrum) and
    Geertruidenberg."""
    index = AreaIndexPageFactory(parent=home)
    raamsdonksveer = AreaPageFactory(parent=index, title="Raamsdonksveer", slug="raamsdonksveer")
    return {
        "raamsdonksveer": raamsdonksveer,
        "centrum": neighbourhood_page(raamsdonksveer, "Centrum", "centrum"),
        "geertruidenberg": AreaPageFactory(
            parent=index, title="Geertruidenberg", slug="geertruidenberg"
        ),
    }
