"""An index that serves the site search's query on PostgreSQL.

Wagtail's database search backend (modelsearch's PostgreSQL compiler) finds pages with
``("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@ to_tsquery(…)``:
it joins the title and body vectors before matching. Wagtail indexes ``title`` and ``body``
each on its own, and no index serves their concatenation, so every search read the whole index
table: tens of milliseconds per query at 5,000 pages. A GIN index on exactly that expression
lets the planner find the matching entries in the index, in a few milliseconds
(``tests/home/test_search_index_postgres.py`` checks the plan).

SQLite uses its own full-text table and other databases their own backend: there is nothing to
add there, so the operation runs on PostgreSQL only.
"""

from django.db import migrations

INDEX_NAME = "wagtailsearch_indexentry_title_body_gin"


class PostgreSQLOnly(migrations.RunSQL):
    """``RunSQL`` that does nothing on databases other than PostgreSQL."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_contact_opening_hours_en"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        PostgreSQLOnly(
            sql=(
                f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} "
                'ON "wagtailsearch_indexentry" USING gin (("title" || "body"))'
            ),
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX_NAME}",
        ),
    ]
