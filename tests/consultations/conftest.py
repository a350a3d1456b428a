"""A consultation overview under the home page, shared by the consultation tests."""

import pytest

from tests.consultations.factories import ConsultationIndexPageFactory


@pytest.fixture
def consultation_index(home):
    return ConsultationIndexPageFactory(parent=home)
