"""The contact report: how many contacts per channel, per answer or product and per outcome in a month.

Counts come from the registered contacts (``ContactMoment``) with ``registered_at`` in the month
in the site's time zone. ``contact_sheets`` gives the three tables for the CSV and XLSX downloads
(``participation.exports``, so every cell is safe to open in a spreadsheet program).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from front_office.models import ContactChannel, ContactMoment, ContactOutcome
from kcc_content.models import ProductPage, QuestionAnswer
from participation.exports import Sheet

MONTH_FORMAT = "%Y-%m"


def last_month(now=None) -> datetime.date:
    """The first day of the month before ``now`` (local time)."""
    today = timezone.localdate(now or timezone.now())
    previous = today.replace(day=1) - datetime.timedelta(days=1)
    return previous.replace(day=1)


def parse_month(text: str, now=None) -> datetime.date:
    """``YYYY-MM`` as the first day of that month; the last month when empty or not a month."""
    try:
        return datetime.datetime.strptime((text or "").strip(), MONTH_FORMAT).date()
    except ValueError:
        return last_month(now)


def month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The start of the month and of the next month, as aware date-times in the site's zone."""
    following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(month, datetime.time.min, tzinfo=zone),
        datetime.datetime.combine(following, datetime.time.min, tzinfo=zone),
    )


@dataclass
class ContactReport:
    month: datetime.date
    total: int
    by_channel: list[tuple[str, str, int]]
    by_result: list[tuple[str, str, int]]
    by_outcome: list[tuple[str, str, int]]


def _counts(contacts, field: str) -> dict[str, int]:
    return dict(contacts.values_list(field).annotate(n=Count("pk")).order_by())


def build_report(month: datetime.date) -> ContactReport:
    """Every channel and outcome (also those with 0), and each answer and product used."""
    start, end = month_bounds(month)
    contacts = ContactMoment.objects.filter(registered_at__gte=start, registered_at__lt=end)
    channels = _counts(contacts, "channel")
    outcomes = _counts(contacts, "outcome")
    answer_links = ContactMoment.answers.through.objects.filter(contactmoment__in=contacts)
    product_links = ContactMoment.products.through.objects.filter(contactmoment__in=contacts)
    answer_counts = _counts(answer_links, "questionanswer")
    product_counts = _counts(product_links, "productpage")
    answers = QuestionAnswer.objects.filter(pk__in=answer_counts).in_bulk()
    products = ProductPage.objects.filter(pk__in=product_counts).in_bulk()
    by_result = [
        (str(_("Answer")), answers[pk].question, count) for pk, count in answer_counts.items()
    ] + [(str(_("Product")), products[pk].title, count) for pk, count in product_counts.items()]
    by_result.sort(key=lambda row: (-row[2], row[1]))
    return ContactReport(
        month=month,
        total=contacts.count(),
        by_channel=[
            (code, str(label), channels.get(code, 0)) for code, label in ContactChannel.choices
        ],
        by_result=by_result,
        by_outcome=[
            (code, str(label), outcomes.get(code, 0)) for code, label in ContactOutcome.choices
        ],
    )


def contact_sheets(report: ContactReport) -> list[Sheet]:
    """The report's three tables, for ``sheet_as_csv`` and ``sheets_as_xlsx``."""
    count = str(_("Contacts"))
    return [
        Sheet(
            kind="channel",
            title=str(_("Per channel")),
            header=[str(_("Channel")), count],
            rows=[[label, n] for _code, label, n in report.by_channel],
        ),
        Sheet(
            kind="result",
            title=str(_("Per answer or product")),
            header=[str(_("Kind")), str(_("Title")), count],
            rows=[list(row) for row in report.by_result],
        ),
        Sheet(
            kind="outcome",
            title=str(_("Per outcome")),
            header=[str(_("Outcome")), count],
            rows=[[label, n] for _code, label, n in report.by_outcome],
        ),
    ]
