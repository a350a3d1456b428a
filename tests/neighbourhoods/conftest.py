"""Area pages under the home page, shared by the neighbourhoods tests.

``village`` (Raamsdonksveer) has one neighbourhood under it (``neighbourhood``, Centrum);
``other_village`` (Raamsdonk) stands alone.
"""

import pytest

from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    AreaPageFactory,
    neighbourhood_page,
)


@pytest.fixture
def area_index(home):
    return AreaIndexPageFactory(parent=home)


@pytest.fixture
def village(area_index):
    return AreaPageFactory(parent=area_index, title="Raamsdonksveer", slug="raamsdonksveer")


@pytest.fixture
def neighbourhood(village):
    return neighbourhood_page(village, "Centrum", "centrum")


@pytest.fixture
def other_village(area_index):
    return AreaPageFactory(parent=area_index, title="Raamsdonk", slug="raamsdonk")
