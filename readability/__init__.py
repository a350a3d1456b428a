"""Dutch plain-language (B1) analysis. The analyser itself imports nothing from Django.

    from readability import analyse
    report = analyse("Uw afval wordt elke week opgehaald.")
    report.meets_b1, report.level, report.to_dict()["findings"]

The Django app in this package (models, hooks, views) feeds it the editors' word list and shows
its reports; everything re-exported here is pure Python.
"""

from readability.analyser import analyse, analyse_blocks
from readability.officialese import OfficialeseEntry, load_default_officialese
from readability.report import Check, Finding, Report, Sentence

__all__ = [
    "Check",
    "Finding",
    "OfficialeseEntry",
    "Report",
    "Sentence",
    "analyse",
    "analyse_blocks",
    "load_default_officialese",
]
