"""Option types that management commands share, so every command reads and refuses them alike."""

import argparse
import datetime


def iso_date(text: str) -> datetime.date:
    """A ``--date`` option: a day written as YYYY-MM-DD (argparse reports anything else)."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("must look like 2026-12-31") from error


def add_date_option(parser) -> None:
    """``--date YYYY-MM-DD``: run as if today were that day (for tests and catching up)."""
    parser.add_argument("--date", type=iso_date, help="Pretend today is this date (YYYY-MM-DD).")
