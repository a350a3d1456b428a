"""The demo site under construction: what every app's demo step uses to add its part.

``load_demo`` makes one ``DemoSite`` and hands it to each registered step in turn (see
``core/demo_registry.py``). Idempotent: a page that already exists (same parent, same slug) is
left exactly as it is, so building twice changes nothing and never duplicates pages.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from core.demo.review_history import record_review_history
from core.ownership import add_months

# Days until the next review, cycled over the demo content: a realistic mix of current (60 days
# or more), due-soon (15, inside DUE_SOON_DAYS on every day of the year) and overdue (negative)
# items. Day offsets, not months, so the mix does not depend on the length of this month.
DAYS_UNTIL_REVIEW = [300, 200, 15, 120, -45, 330, 90, -20, 240, 15]


@dataclass(frozen=True)
class DemoReviewDue:
    """A demo item whose next review falls ``days`` days after ``today``."""

    today: datetime.date
    days: int

    def last_reviewed_on(
        self, interval_months: int, not_before: datetime.date | None = None
    ) -> datetime.date:
        """The last-review date that puts the next review ``days`` days from today.

        Going back and forth by calendar months can clamp the day (31 Aug - 6 months = 28 Feb,
        + 6 months = 28 Aug), so the review may fall up to three days earlier; the offsets in
        ``DAYS_UNTIL_REVIEW`` leave room for that. The date is never after today, and never
        before ``not_before`` (the day the item was published or announced): nobody checks a
        page before it exists.
        """
        due = self.today + datetime.timedelta(days=self.days)
        reviewed = add_months(due, -interval_months)
        if not_before is not None:
            reviewed = max(reviewed, not_before)
        return min(reviewed, self.today)


class DemoSite:
    """Creates whatever part of the demo site is missing and counts what it made.

    The steps share what they build through it: ``home`` (the Dutch home page), ``teams``
    (the owning teams by name), ``pages`` (pages by "section-slug/page-slug", for links from
    the home page) and the demo login (``admin_username``, ``admin_password``, ``people``).
    """

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.today = timezone.localdate()
        self.nl = Locale.objects.get(language_code="nl")
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        self.review_index = 0
        self.home: Page | None = None
        self.teams: dict[str, Group] = {}
        self.pages: dict[str, Page] = {}
        self.admin_username: str | None = None
        self.admin_password: str | None = None
        self.people: list[str] = []

    def log(self, message: str) -> None:
        if self.stdout:
            self.stdout.write(message)

    def result(self) -> dict:
        """The admin login and a count of new pages, for the command's report."""
        return {
            "username": self.admin_username,
            "password": self.admin_password,
            "people": self.people,
            "created": self.created,
        }

    def child(self, parent: Page, model, slug: str, published_on=None, **fields):
        """Return the child page with this slug, creating and publishing it if it is missing.

        ``published_on`` is the day the page appeared (a news item's date, the announcement of
        a consultation); its review history starts there.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        reviewed_on = fields.pop("last_reviewed_at", None)
        page = model(slug=slug, locale=parent.locale, **fields)
        if isinstance(reviewed_on, DemoReviewDue):
            reviewed_on = reviewed_on.last_reviewed_on(page.review_interval, published_on)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if reviewed_on:
            # Publishing counts as a review today; give the demo a realistic review history.
            record_review_history(page, reviewed_on, published_on)
        self.created += 1
        return page

    def translate(self, page: Page, **fields):
        """Create and publish the English translation of a page if it does not exist yet."""
        existing = page.get_translation_or_none(self.en)
        if existing:
            return existing.specific
        translated = page.copy_for_translation(self.en)
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.slug = slugify(fields.get("title", translated.title)) or translated.slug
        translated.save_revision().publish()
        translated.refresh_from_db()
        reviewed_on = getattr(translated, "last_reviewed_at", None)
        if reviewed_on and page.first_published_at:
            # The translation shares the original's review history, so it appeared with it.
            record_review_history(
                translated, reviewed_on, timezone.localdate(page.first_published_at)
            )
        self.created += 1
        return translated

    def next_review_due(self) -> DemoReviewDue:
        """The next item's place in the demo mix of current, due-soon and overdue content."""
        days = DAYS_UNTIL_REVIEW[self.review_index % len(DAYS_UNTIL_REVIEW)]
        self.review_index += 1
        return DemoReviewDue(self.today, days)

    def ownership(self, team: Group) -> dict:
        """Owner and review history for ``child()``, which resolves the review date once it
        knows the page type's review interval."""
        return {"owning_team": team, "last_reviewed_at": self.next_review_due()}
