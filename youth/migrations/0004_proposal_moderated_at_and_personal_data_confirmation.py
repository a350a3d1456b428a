"""Youth proposals record when they were moderated and who confirmed that what looks like personal
data may be published."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0003_proposal_area_page"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="youthproposal",
            name="moderated_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="moderated at"),
        ),
        migrations.AddField(
            model_name="youthproposal",
            name="personal_data_confirmed_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="personal data confirmed at"
            ),
        ),
        migrations.AddField(
            model_name="youthproposal",
            name="personal_data_confirmed_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="personal data confirmed by",
            ),
        ),
    ]
