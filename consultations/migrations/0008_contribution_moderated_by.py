"""Record who moderated an idea or reaction (``participation.models.Moderated``).

Earlier moderation steps get their moderator from Wagtail's audit log.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from participation.moderator_backfill import fill_moderated_by

ACTIONS = ["consultations.approve", "consultations.reject"]


def fill_from_audit_log(apps, schema_editor):
    for model_name in ("Idea", "Reaction"):
        fill_moderated_by(apps, "consultations", model_name, ACTIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_personal_data_confirmation"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="idea",
            name="moderated_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="moderated by",
            ),
        ),
        migrations.AddField(
            model_name="reaction",
            name="moderated_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="moderated by",
            ),
        ),
        migrations.RunPython(fill_from_audit_log, migrations.RunPython.noop),
    ]
