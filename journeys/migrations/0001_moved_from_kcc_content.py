"""Customer journeys move from ``kcc_content`` to ``journeys``.

The tables stay where they are (``kcc_content_<model>``): this migration only tells Django that
the page types now belong to ``journeys`` (state) and renames their content type rows, keeping
their ids, so pages, revisions, translations, permissions and log entries stay attached.
``kcc_content`` 0010 then drops the models from its own state.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


OLD_APP = "kcc_content"
NEW_APP = "journeys"
MODELS = ['journeyindexpage', 'journeypage']


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
                    name='JourneyIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('review_interval_months', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty to use the default for this type of content.', null=True, verbose_name='review interval (months)')),
                        ('last_reviewed_at', models.DateField(blank=True, null=True, verbose_name='last reviewed on')),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences. Shown under the title, in lists and in search results.', max_length=300, verbose_name='summary')),
                        ('show_feedback', models.BooleanField(default=True, verbose_name='ask "was this page helpful?"')),
                        ('last_reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last reviewed by')),
                        ('owning_team', models.ForeignKey(blank=True, help_text='The team that keeps this content correct and current.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='auth.group', verbose_name='owning team')),
                        ('responsible_person', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='responsible person')),
                    ],
                    options={
                        'verbose_name': 'journey overview',
                        'db_table': 'kcc_content_journeyindexpage',
                    },
                    bases=('wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='JourneyPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('review_interval_months', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty to use the default for this type of content.', null=True, verbose_name='review interval (months)')),
                        ('last_reviewed_at', models.DateField(blank=True, null=True, verbose_name='last reviewed on')),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences. Shown under the title, in lists and in search results.', max_length=300, verbose_name='summary')),
                        ('show_feedback', models.BooleanField(default=True, verbose_name='ask "was this page helpful?"')),
                        ('questions', wagtail.fields.StreamField([('question', 7)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Short fixed name used in step conditions, e.g. kinderen.', 'label': 'Code', 'max_length': 40}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 200}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Explanation', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'Short fixed name used in step conditions, e.g. ja, nee, binnen-gemeente.', 'label': 'Code', 'max_length': 40}), 4: ('wagtail.blocks.CharBlock', (), {'label': 'Answer', 'max_length': 120}), 5: ('wagtail.blocks.StructBlock', [[('value', 3), ('label', 4)]], {}), 6: ('wagtail.blocks.ListBlock', (5,), {'label': 'Answers', 'max_num': 6, 'min_num': 2}), 7: ('wagtail.blocks.StructBlock', [[('key', 0), ('question', 1), ('help_text', 2), ('options', 6)]], {})}, help_text='Optional. A few questions that decide which steps a resident sees.', verbose_name='questions')),
                        ('steps', wagtail.fields.StreamField([('step', 15)], block_lookup={0: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('before', 'Before'), ('during', 'During'), ('after', 'After')], 'label': 'When'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Step', 'max_length': 120}), 2: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link'], 'label': 'Explanation'}), 3: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('municipality', 'The municipality'), ('resident', 'You'), ('other', 'Another organisation')], 'label': 'Who does it'}), 4: ('wagtail.blocks.CharBlock', (), {'help_text': 'Name of the other organisation, e.g. Belastingdienst.', 'label': 'Organisation', 'max_length': 120, 'required': False}), 5: ('wagtail.blocks.URLBlock', (), {'label': 'Website of the organisation', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example: binnen 5 dagen na uw verhuizing.', 'label': 'Deadline', 'max_length': 120, 'required': False}), 7: ('wagtail.blocks.PageChooserBlock', (), {'page_type': ['kcc_content.ProductPage']}), 8: ('wagtail.blocks.ListBlock', (7,), {'default': [], 'label': 'Related products'}), 9: ('wagtail.snippets.blocks.SnippetChooserBlock', ('kcc_content.QuestionAnswer',), {}), 10: ('wagtail.blocks.ListBlock', (9,), {'default': [], 'label': 'Related answers'}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Question code', 'max_length': 40}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'One or more answer codes, separated by commas.', 'label': 'Answer codes', 'max_length': 200}), 13: ('wagtail.blocks.StructBlock', [[('question', 11), ('answers', 12)]], {}), 14: ('wagtail.blocks.ListBlock', (13,), {'default': [], 'help_text': 'Leave empty to show the step to everyone.', 'label': 'Only show when'}), 15: ('wagtail.blocks.StructBlock', [[('phase', 0), ('title', 1), ('explanation', 2), ('performer', 3), ('organisation', 4), ('organisation_url', 5), ('deadline', 6), ('products', 8), ('answers', 10), ('conditions', 14)]], {})}, verbose_name='steps')),
                        ('last_reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last reviewed by')),
                        ('owning_team', models.ForeignKey(blank=True, help_text='The team that keeps this content correct and current.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='auth.group', verbose_name='owning team')),
                        ('responsible_person', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='responsible person')),
                    ],
                    options={
                        'verbose_name': 'customer journey',
                        'db_table': 'kcc_content_journeypage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
