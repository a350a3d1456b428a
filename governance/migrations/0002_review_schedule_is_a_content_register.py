"""The review schedule is a content register (``core.content_register``): the owning team's
link no longer has a reverse name on groups. State only; the table does not change."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('governance', '0001_moved_from_kcc_content'),
    ]

    operations = [
        migrations.AlterField(
            model_name='reviewschedule',
            name='owning_team',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='auth.group', verbose_name='owning team'),
        ),
    ]
