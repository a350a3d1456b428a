"""Opaque keys for the links in e-mails to followers and participants (no row ids in tokens).

Existing rows each get their own random key before the column becomes unique; links sent before
this migration (which held the row id) stop working and show the "link does not work" page.
"""

from django.db import migrations, models

import consultations.models.mail_links


def fill_link_keys(apps, schema_editor):
    for model_name in ("Follower", "Participant"):
        model = apps.get_model("consultations", model_name)
        for row in model.objects.filter(link_key__isnull=True).only("pk").iterator():
            model.objects.filter(pk=row.pk).update(
                link_key=consultations.models.mail_links.new_link_key()
            )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0004_survey_scale_end_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="follower",
            name="link_key",
            field=models.CharField(
                max_length=43, null=True, editable=False, verbose_name="link key"
            ),
        ),
        migrations.AddField(
            model_name="participant",
            name="link_key",
            field=models.CharField(
                max_length=43, null=True, editable=False, verbose_name="link key"
            ),
        ),
        migrations.RunPython(fill_link_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="follower",
            name="link_key",
            field=models.CharField(
                default=consultations.models.mail_links.new_link_key,
                editable=False,
                max_length=43,
                unique=True,
                verbose_name="link key",
            ),
        ),
        migrations.AlterField(
            model_name="participant",
            name="link_key",
            field=models.CharField(
                default=consultations.models.mail_links.new_link_key,
                editable=False,
                max_length=43,
                unique=True,
                verbose_name="link key",
            ),
        ),
    ]
