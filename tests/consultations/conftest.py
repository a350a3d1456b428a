"""A consultation overview under the home page, shared by the consultation tests, and the area
pages consultations can be about."""

import pytest

from neighbourhoods.models import AreaKind
from tests.consultations.factories import ConsultationIndexPageFactory
from tests.neighbourhoods.factories import AreaIndexPageFactory, AreaPageFactory


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
        "centrum": AreaPageFactory(
            parent=raamsdonksveer, title="Centrum", slug="centrum", kind=AreaKind.NEIGHBOURHOOD
        ),
        "geertruidenberg": AreaPageFactory(
            parent=index, title="Geertruidenberg", slug="geertruidenberg"
        ),
    }
