"""The shared consultation factories build a live consultation in the requested phase."""

import pytest

from consultations.models import PhaseKind
from tests.consultations.factories import make_consultation

pytestmark = pytest.mark.django_db


def test_a_factory_consultation_is_open_for_input_today(consultation_index):
    page = make_consultation(consultation_index)

    assert page.live
    assert page.status() == PhaseKind.INPUT
    assert page.is_open_for_input()


def test_a_factory_consultation_can_be_put_in_another_phase(consultation_index):
    page = make_consultation(consultation_index, current=PhaseKind.PROCESSING)

    assert page.status() == PhaseKind.PROCESSING
    assert not page.is_open_for_input()
