"""Service norms, measurements and the norms page for the service-norm tests."""

import datetime
from decimal import Decimal

from service_norms.models import NormMeasurement, ServiceNorm, ServiceNormsPage


def make_norm(locale, **fields) -> ServiceNorm:
    """A Dutch e-mail norm: 90 % within 2 working days."""
    values = {
        "code": "e-mail-antwoord",
        "promise": "U krijgt binnen 2 werkdagen antwoord op uw e-mail.",
        "channel": "email",
        "target_value": Decimal("2"),
        "target_unit": "working_days",
        "target_share": 90,
        "measurement_source": "Zaaksysteem",
        "locale": locale,
        **fields,
    }
    return ServiceNorm.objects.create(**values)


def add_months_of_results(norm, shares, first=datetime.date(2026, 1, 1), explanation="") -> list:
    """One monthly measurement per share, starting in ``first``; the last one gets the explanation."""
    measurements = []
    for index, share in enumerate(shares):
        month_index = first.month - 1 + index
        start = datetime.date(first.year + month_index // 12, month_index % 12 + 1, 1)
        measurements.append(
            NormMeasurement.objects.create(
                norm=norm,
                period_type="month",
                period_start=start,
                share_achieved=Decimal(str(share)),
                cases=100 + index,
                explanation=explanation if index == len(shares) - 1 else "",
            )
        )
    return measurements


def publish_norms_page(parent, **fields) -> ServiceNormsPage:
    """A live "Onze servicenormen" page under ``parent``."""
    page = ServiceNormsPage(
        title="Onze servicenormen", slug="servicenormen", intro="Dit beloven wij u.", **fields
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
