"""Service norms move from ``kcc_content`` to ``service_norms``: norms, measurements, benchmark
results and the norms page.

The tables stay where they are (``kcc_content_<model>``): this migration only tells Django that
the models now belong to ``service_norms`` (state) and renames their content type rows, keeping
their ids, so the norms, the page with its revisions and translations, permissions and log
entries stay attached. ``kcc_content`` 0010 then re-points the products' norm and drops the
models from its own state.
"""

import django.core.validators
import django.db.models.deletion
import uuid
import wagtail.fields
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models


OLD_APP = "kcc_content"
NEW_APP = "service_norms"
MODELS = ['benchmarkresult', 'normmeasurement', 'servicenorm', 'servicenormspage']


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
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='BenchmarkResult',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(help_text='For example dv01.', max_length=20, verbose_name='indicator code')),
                        ('label', models.CharField(max_length=255, verbose_name='indicator')),
                        ('period', models.CharField(help_text='For example 2025.', max_length=20, verbose_name='period')),
                        ('value', models.DecimalField(decimal_places=2, max_digits=8, verbose_name='our value')),
                        ('comparison_value', models.DecimalField(blank=True, decimal_places=2, max_digits=8, null=True, verbose_name='comparison value')),
                        ('comparison_label', models.CharField(blank=True, help_text="For example 'Nederland' or 'gemeenten met 25.000 tot 50.000 inwoners'.", max_length=100, verbose_name='compared with')),
                        ('unit', models.CharField(blank=True, help_text="For example 'rapportcijfer' or '%'.", max_length=30, verbose_name='unit')),
                        ('source_url', models.URLField(blank=True, verbose_name='source')),
                        ('imported_at', models.DateTimeField(auto_now=True, verbose_name='imported at')),
                    ],
                    options={
                        'verbose_name': 'benchmark result',
                        'verbose_name_plural': 'benchmark results',
                        'db_table': 'kcc_content_benchmarkresult',
                        'ordering': ['code', 'period'],
                        'constraints': [models.UniqueConstraint(fields=('code', 'period'), name='unique_benchmark_period')],
                    },
                ),
                migrations.CreateModel(
                    name='ServiceNorm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('code', models.SlugField(help_text='Short fixed name used in measurement files, e.g. e-mail-antwoord.', verbose_name='code')),
                        ('promise', models.CharField(help_text="In plain language, e.g. 'U krijgt binnen 2 werkdagen antwoord op uw e-mail.'", max_length=200, verbose_name='promise')),
                        ('channel', models.CharField(choices=[('phone', 'Phone'), ('email', 'E-mail'), ('counter', 'Counter'), ('website', 'Website'), ('social', 'Social media'), ('letter', 'Letter'), ('product', 'Product or service')], max_length=20, verbose_name='channel')),
                        ('target_value', models.DecimalField(decimal_places=1, max_digits=7, validators=[django.core.validators.MinValueValidator(Decimal('0.1'))], verbose_name='target value')),
                        ('target_unit', models.CharField(choices=[('seconds', 'seconds'), ('minutes', 'minutes'), ('hours', 'hours'), ('working_days', 'working days'), ('weeks', 'weeks')], max_length=20, verbose_name='target unit')),
                        ('target_share', models.PositiveSmallIntegerField(help_text='The share of cases that must meet the target, e.g. 90.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(100)], verbose_name='target share (%)')),
                        ('measurement_source', models.CharField(help_text="Where the figures come from, e.g. 'telephony system' or 'case system'.", max_length=200, verbose_name='measurement source')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='order on the page')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('responsible_team', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='auth.group', verbose_name='responsible team')),
                    ],
                    options={
                        'verbose_name': 'service norm',
                        'verbose_name_plural': 'service norms',
                        'db_table': 'kcc_content_servicenorm',
                        'ordering': ['sort_order', 'promise'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='NormMeasurement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('period_type', models.CharField(choices=[('month', 'Month'), ('quarter', 'Quarter')], max_length=10, verbose_name='period type')),
                        ('period_start', models.DateField(help_text='The first day of the month or quarter.', verbose_name='start of the period')),
                        ('share_achieved', models.DecimalField(decimal_places=1, max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='share achieved (%)')),
                        ('cases', models.PositiveIntegerField(verbose_name='number of cases')),
                        ('explanation', models.TextField(blank=True, help_text='Why the norm was not met, or what we do about it.', max_length=1000, verbose_name='explanation')),
                        ('imported_at', models.DateTimeField(auto_now=True, verbose_name='imported at')),
                        ('norm', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='measurements', to='service_norms.servicenorm', verbose_name='service norm')),
                    ],
                    options={
                        'verbose_name': 'norm measurement',
                        'verbose_name_plural': 'norm measurements',
                        'db_table': 'kcc_content_normmeasurement',
                        'ordering': ['norm', 'period_start'],
                    },
                ),
                migrations.CreateModel(
                    name='ServiceNormsPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('review_interval_months', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty to use the default for this type of content.', null=True, verbose_name='review interval (months)')),
                        ('last_reviewed_at', models.DateField(blank=True, null=True, verbose_name='last reviewed on')),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences. Shown under the title, in lists and in search results.', max_length=300, verbose_name='summary')),
                        ('show_feedback', models.BooleanField(default=True, verbose_name='ask "was this page helpful?"')),
                        ('body', wagtail.fields.RichTextField(blank=True, verbose_name='explanation')),
                        ('periods_shown', models.PositiveSmallIntegerField(default=12, help_text='How many months or quarters to show.', verbose_name='periods in the trend')),
                        ('benchmark_codes', models.CharField(default='dv01, dv06, dv10, bo06', help_text='Waarstaatjegemeente indicator codes, separated by commas.', max_length=200, verbose_name='benchmark indicators')),
                        ('last_reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last reviewed by')),
                        ('owning_team', models.ForeignKey(blank=True, help_text='The team that keeps this content correct and current.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='auth.group', verbose_name='owning team')),
                        ('responsible_person', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='responsible person')),
                    ],
                    options={
                        'verbose_name': 'service norms page',
                        'db_table': 'kcc_content_servicenormspage',
                    },
                    bases=('wagtailcore.page', models.Model),
                ),
                migrations.AddConstraint(
                    model_name='servicenorm',
                    constraint=models.UniqueConstraint(fields=('code', 'locale'), name='unique_service_norm_code'),
                ),
                migrations.AlterUniqueTogether(
                    name='servicenorm',
                    unique_together={('translation_key', 'locale')},
                ),
                migrations.AddConstraint(
                    model_name='normmeasurement',
                    constraint=models.UniqueConstraint(fields=('norm', 'period_type', 'period_start'), name='unique_norm_period'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
