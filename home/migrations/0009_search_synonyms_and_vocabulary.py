"""Search synonyms that editors keep, the vocabulary for spelling suggestions, and on
PostgreSQL the pg_trgm extension with a trigram index on the vocabulary's words.

Content coordinators may keep the synonyms. The extension and the index exist only on
PostgreSQL: SQLite reads the vocabulary into memory instead (``home.search_spelling``).
"""

import uuid

import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models

COORDINATORS = "Contentcoördinatoren"
SYNONYM_PERMISSIONS = [
    ("add_searchsynonym", "Can add search synonym"),
    ("change_searchsynonym", "Can change search synonym"),
    ("delete_searchsynonym", "Can delete search synonym"),
    ("view_searchsynonym", "Can view search synonym"),
]
TRIGRAM_INDEX = "home_vocabulary_word_trgm"


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
        "ON home_searchvocabularyword USING gin (word gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def grant_synonym_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="searchsynonym")
    for codename, name in SYNONYM_PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        coordinators.permissions.add(permission)


def revoke_synonym_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators = Group.objects.filter(name=COORDINATORS).first()
    if coordinators:
        codenames = [codename for codename, _ in SYNONYM_PERMISSIONS]
        coordinators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="home", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_navigation_settings"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchVocabularyWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=10)),
                ("word", models.CharField(max_length=60)),
                ("weight", models.PositiveIntegerField(default=1)),
                ("built_from", models.CharField(max_length=64)),
            ],
            options={
                "verbose_name": "search vocabulary word",
                "verbose_name_plural": "search vocabulary words",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("language", "word"), name="unique_vocabulary_word"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchSynonym",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "phrases",
                    models.TextField(
                        help_text="What residents type, one phrase per line (or separated by commas), for example “ID kaart” and “id-kaart”.",
                        verbose_name="these words",
                    ),
                ),
                (
                    "search_for",
                    models.CharField(
                        help_text="The words the search uses instead, for example “identiteitskaart”.",
                        max_length=200,
                        verbose_name="search for this",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="last changed")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "search synonym",
                "verbose_name_plural": "search synonyms",
                "ordering": ["search_for"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
        migrations.RunPython(grant_synonym_permissions, revoke_synonym_permissions),
    ]
