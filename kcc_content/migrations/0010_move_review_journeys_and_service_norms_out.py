"""Reviews, customer journeys and service norms now live in their own apps.

State only: ``governance``, ``journeys`` and ``service_norms`` 0001 took the models over with
their tables and content types; here the products' norm link points at ``service_norms`` and the
models leave this app's state. No table changes.
"""

import django.db.models.deletion
from django.db import migrations, models

MOVED_MODELS = [
    "NormMeasurement",
    "ServiceNorm",
    "BenchmarkResult",
    "ServiceNormsPage",
    "JourneyPage",
    "JourneyIndexPage",
    "ReviewSchedule",
    "ReviewReminder",
    "OwningTeamApprovalTask",
]


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0009_publish_only_through_the_workflow"),
        ("governance", "0001_moved_from_kcc_content"),
        ("journeys", "0001_moved_from_kcc_content"),
        ("service_norms", "0001_moved_from_kcc_content"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="productpage",
                    name="service_norm",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The published promise for how long this product takes.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="products",
                        to="service_norms.servicenorm",
                        verbose_name="service norm for handling time",
                    ),
                ),
                *[migrations.DeleteModel(name=name) for name in MOVED_MODELS],
            ],
            database_operations=[],
        ),
    ]
