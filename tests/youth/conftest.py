"""A youth section under the home page, shared by the youth tests."""

import pytest

from tests.youth.factories import YouthHomePageFactory


@pytest.fixture
def youth_home(home):
    return YouthHomePageFactory(parent=home)
