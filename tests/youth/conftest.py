"""A youth section under the home page, shared by the youth tests, and the area pages a proposal
can be about."""

import pytest

from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    AreaPageFactory,
    neighbourhood_page,
)
from tests.youth.factories import YouthHomePageFactory


@pytest.fixture
def youth_home(home):
    return YouthHomePageFactory(parent=home)


@pytest.fixture
def areas(home):
    """Area pages by slug: Raamsdonksveer with the neighbourhood Centrum, and Raamsdonk."""
    index = AreaIndexPageFactory(parent=home)
    raamsdonksveer = AreaPageFactory(parent=index, title="Raamsdonksveer", slug="raamsdonksveer")
    return {
        "raamsdonksveer": raamsdonksveer,
        "centrum": neighbourhood_page(raamsdonksveer, "Centrum", "centrum"),
        "raamsdonk": AreaPageFactory(parent=index, title="Raamsdonk", slug="raamsdonk"),
    }
