"""The migrated template the test databases are copied from (tests/migrated_database.py)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Site

from tests import migrated_database


@pytest.mark.django_db
def test_a_test_database_has_every_migration_applied_and_no_welcome_page():
    executor = MigrationExecutor(connection)

    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    assert Page.get_first_root_node().get_children().count() == 0
    assert not Site.objects.exists()


def test_the_fingerprint_changes_with_a_migration_and_with_a_package_version(tmp_path):
    migration = tmp_path / "0001_initial.py"
    migration.write_text("operations = []\n")
    packages = {"Django==5.2.9", "wagtail==7.4"}
    before = migrated_database.digest([migration], packages)

    assert migrated_database.digest([migration], packages) == before
    assert migrated_database.digest([migration], {"Django==5.2.10", "wagtail==7.4"}) != before
    migration.write_text("operations = [migrations.RunPython(noop)]\n")
    assert migrated_database.digest([migration], packages) != before
