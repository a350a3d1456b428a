"""The free-text handling-time promise is replaced by the ``service_norm`` link (see 0007)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0007_handling_time_norms_to_service_norms"),
    ]

    operations = [
        migrations.RemoveField(model_name="productpage", name="handling_time_norm"),
    ]
