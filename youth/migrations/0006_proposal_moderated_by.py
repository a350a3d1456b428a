"""Record who moderated a youth proposal (``participation.models.Moderated``).

Earlier moderation steps get their moderator from Wagtail's audit log.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from participation.moderator_backfill import fill_moderated_by

ACTIONS = ["youth.approve", "youth.reject", "youth.merge"]


def fill_from_audit_log(apps, schema_editor):
    fill_moderated_by(apps, "youth", "YouthProposal", ACTIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0004_proposal_moderated_at_and_personal_data_confirmation"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="youthproposal",
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
