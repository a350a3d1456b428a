"""The content register: one row per object, shared by the review schedule and the B1 verdicts."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import Subquery
from wagtail.models import Page

from core.content_register import ContentRegister, content_type_of, snippets_only, title_of
from governance.models import ReviewSchedule
from readability.models import OfficialeseWord, ReadabilityResult
from tests.factories import ContentPageFactory, GroupFactory

pytestmark = pytest.mark.django_db

VERDICT = {"meets_b1": True, "level": "B1", "flesch_douma": 70.0, "words": 12}


@pytest.fixture
def page(home):
    """A page no signal has registered yet (created, not published through Wagtail)."""
    return ContentPageFactory(parent=home, title="Paspoort aanvragen")


def test_both_mirror_tables_are_the_one_register_and_keep_their_tables():
    assert issubclass(ReviewSchedule, ContentRegister)
    assert issubclass(ReadabilityResult, ContentRegister)
    assert ReviewSchedule._meta.db_table == "kcc_content_reviewschedule"
    assert ReadabilityResult._meta.db_table == "readability_readabilityresult"
    assert [c.name for c in ReviewSchedule._meta.constraints] == ["one_review_schedule_per_object"]
    assert [c.name for c in ReadabilityResult._meta.constraints] == [
        "one_readability_result_per_object"
    ]
    for model in (ReviewSchedule, ReadabilityResult):
        columns = {
            c.name
            for c in connection.introspection.get_table_description(
                connection.cursor(), model._meta.db_table
            )
        }
        assert {"content_type_id", "object_id", "title", "owning_team_id"} <= columns


def test_recording_creates_then_updates_the_one_row_of_an_object(page):
    team = GroupFactory(name="Team Burgerzaken")
    page.owning_team = team

    first = ReadabilityResult.objects.record(page, **VERDICT)
    again = ReadabilityResult.objects.record(page, **{**VERDICT, "level": "B2"})

    assert again.pk == first.pk
    row = ReadabilityResult.objects.get()
    assert (row.title, row.owning_team, row.level) == ("Paspoort aanvragen", team, "B2")
    assert row.content_object == page
    assert ReadabilityResult.objects.row_for(page) == row


def test_forgetting_removes_only_that_objects_row(home, page):
    other = ContentPageFactory(parent=home)
    for item in (page, other):
        ReviewSchedule.objects.record(item, review_interval_months=12)

    ReviewSchedule.objects.forget(page)

    assert ReviewSchedule.objects.row_for(page) is None
    assert ReviewSchedule.objects.row_for(other) is not None


def test_the_database_keeps_one_row_per_object(page):
    ReadabilityResult.objects.record(page, **VERDICT)

    with pytest.raises(IntegrityError), transaction.atomic():
        ReadabilityResult.objects.create(
            content_type=content_type_of(page), object_id=str(page.pk), title="x", **VERDICT
        )


def test_rows_by_objects_and_by_team(home, page):
    team, other_team = GroupFactory(name="Team A"), GroupFactory(name="Team B")
    theirs = ContentPageFactory(parent=home, owning_team=other_team)
    page.owning_team = team
    for item in (page, theirs):
        ReadabilityResult.objects.record(item, **VERDICT)

    by_ids = ReadabilityResult.objects.for_objects(type(page), [page.pk])
    assert [row.object_id for row in by_ids] == [str(page.pk)]
    assert [row.title for row in ReadabilityResult.objects.owned_by([team])] == [page.title]


def test_a_page_listing_reads_the_row_of_each_page_in_one_query(page):
    ReadabilityResult.objects.record(page, **VERDICT)
    rows = ReadabilityResult.objects.for_listed_page()

    listed = Page.objects.filter(pk=page.pk).annotate(level=Subquery(rows.values("level")[:1]))

    assert listed.get().level == "B1"


def test_a_row_links_to_the_page_editor_or_the_snippet_editor(page):
    word = OfficialeseWord.objects.create(word="registerproefwoord", alternatives="proef")
    page_row = ReadabilityResult.objects.record(page, **VERDICT)
    snippet_row = ReadabilityResult.objects.record(word, **VERDICT)

    assert page_row.is_page and page_row.admin_url == f"/admin/pages/{page.pk}/edit/"
    assert not snippet_row.is_page
    assert snippet_row.admin_url == f"/admin/snippets/readability/officialeseword/edit/{word.pk}/"
    assert snippet_row.title == title_of(word) == str(word)


def test_a_snippet_handler_leaves_pages_to_the_page_signals(page):
    word = OfficialeseWord.objects.create(word="registerproefwoord", alternatives="proef")
    seen = []
    handler = snippets_only(lambda instance, **kwargs: seen.append(instance))

    handler(instance=page, sender=type(page))
    handler(instance=word, sender=OfficialeseWord)

    assert seen == [word]
