"""Measured norms: the admin choice of measures, and the CSV import never overwrites them."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.admin.panels import get_edit_handler

from service_norms.measurement_import import import_norm_measurements
from service_norms.measures import register_measure
from service_norms.measuring import measure_norms
from service_norms.models import NormMeasurement, ServiceNorm
from service_norms.norm_form import ServiceNormForm
from tests.kcc_content.norm_factories import make_norm

pytestmark = pytest.mark.django_db

register_measure("test-always-half", "Half of four", lambda start, end: (4, 2))


def as_file(text: str) -> io.BytesIO:
    file = io.BytesIO(text.encode())
    file.name = "metingen.csv"
    return file


def test_the_form_offers_the_registered_measures_and_blank_for_imported():
    form_class = get_edit_handler(ServiceNorm).get_form_class()
    assert issubclass(form_class, ServiceNormForm)
    choices = dict(form_class().fields["measured_as"].widget.choices)
    assert "" in choices
    assert choices["test-always-half"] == "Half of four"


def test_an_unknown_measure_is_refused(locales):
    norm = make_norm(locales[0])
    norm.measured_as = "does-not-exist"
    with pytest.raises(ValidationError):
        norm.clean()
    norm.measured_as = "test-always-half"
    norm.clean()


def test_import_refuses_a_measured_norm_and_a_measured_month(locales):
    norm = make_norm(locales[0], measured_as="test-always-half")
    result = import_norm_measurements(
        as_file(f"norm;periode;percentage;aantal\n{norm.code};2026-01;90;10\n")
    )
    with translation.override("en"):
        assert "measured from the handling" in str(result.problems[0])
    assert not NormMeasurement.objects.exists()


def test_measuring_writes_half_and_keeps_imported_figures(locales, settings):
    settings.SERVICE_NORM_MEASUREMENT_MONTHS = 2
    norm = make_norm(locales[0], measured_as="test-always-half")
    NormMeasurement.objects.create(
        norm=norm,
        period_type="month",
        period_start=datetime.date(2026, 3, 1),
        share_achieved=Decimal(99),
        cases=1,
    )
    measure_norms(now=datetime.datetime(2026, 4, 10, 12, tzinfo=datetime.UTC))
    march, april = norm.measurements.order_by("period_start")
    assert (march.source, march.share_achieved) == ("imported", Decimal(99))
    assert (april.source, april.share_achieved, april.final) == ("measured", Decimal(50), False)
