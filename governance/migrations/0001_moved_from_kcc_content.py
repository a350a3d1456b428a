"""Ownership and review move from ``kcc_content`` to ``governance``: schedules, reminders and
the team-approval workflow task.

The tables stay where they are (``kcc_content_<model>``): this migration only tells Django that
the models now belong to ``governance`` (state) and renames their content type rows, keeping
their ids, so existing schedules and the workflows' team-approval tasks (Wagtail ``Task`` rows
point at their content type) stay attached. ``kcc_content`` 0010 then drops the models from its
own state.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


OLD_APP = "kcc_content"
NEW_APP = "governance"
MODELS = ['owningteamapprovaltask', 'reviewreminder', 'reviewschedule']


def rename_content_types(apps, from_app, to_app):
    """Give the models' content type rows their new app label, keeping their ids."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        old = ContentType.objects.filter(app_label=from_app, model=model)
        if not old.exists():
            continue
        # A row for the new label can only be an empty one made by an earlier post_migrate.
        ContentType.objects.filter(app_label=to_app, model=model).delete()
        old.update(app_label=to_app)


def forwards(apps, schema_editor):
    rename_content_types(apps, OLD_APP, NEW_APP)


def backwards(apps, schema_editor):
    rename_content_types(apps, NEW_APP, OLD_APP)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('kcc_content', '0009_publish_only_through_the_workflow'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OwningTeamApprovalTask',
                    fields=[
                        ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                    ],
                    options={
                        'verbose_name': 'Owning team approval',
                        'verbose_name_plural': 'Owning team approvals',
                        'db_table': 'kcc_content_owningteamapprovaltask',
                    },
                    bases=('wagtailcore.task',),
                ),
                migrations.CreateModel(
                    name='ReviewReminder',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('audience', models.CharField(max_length=100, verbose_name='audience')),
                        ('recipients', models.TextField(verbose_name='recipients')),
                        ('sent_on', models.DateField(verbose_name='sent on')),
                        ('kind', models.CharField(choices=[('digest', 'Digest for owners'), ('escalation', 'Escalation to the content coordinator')], max_length=20, verbose_name='kind')),
                        ('item_count', models.PositiveIntegerField(verbose_name='number of items')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        'verbose_name': 'review reminder',
                        'db_table': 'kcc_content_reviewreminder',
                        'constraints': [models.UniqueConstraint(fields=('audience', 'sent_on', 'kind'), name='one_reminder_per_audience_per_day')],
                    },
                ),
                migrations.CreateModel(
                    name='ReviewSchedule',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.CharField(max_length=255)),
                        ('title', models.CharField(max_length=255, verbose_name='title')),
                        ('review_interval_months', models.PositiveSmallIntegerField(verbose_name='review interval (months)')),
                        ('last_reviewed_at', models.DateField(blank=True, null=True, verbose_name='last reviewed on')),
                        ('next_review_date', models.DateField(blank=True, db_index=True, null=True, verbose_name='next review')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
                        ('last_reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last reviewed by')),
                        ('owning_team', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='review_schedules', to='auth.group', verbose_name='owning team')),
                        ('responsible_person', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='responsible person')),
                    ],
                    options={
                        'verbose_name': 'review schedule',
                        'db_table': 'kcc_content_reviewschedule',
                        'ordering': ['next_review_date', 'title'],
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id'), name='one_review_schedule_per_object')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
