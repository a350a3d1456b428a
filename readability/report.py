"""The result of an analysis: findings with offsets, sentences, per-check verdicts and the page verdict.

Every offset refers to :attr:`Report.text`, so an editor interface can highlight
``report.text[finding.start:finding.end]``. :meth:`Report.to_dict` is the JSON form that the
admin, the CLI and stored results use.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from readability import thresholds
from readability.flesch_douma import douma_label


@dataclass(frozen=True)
class Finding:
    """One thing an editor can improve: what (``code``), how bad, where, and what to write instead.

    Codes: ``long_sentence``, ``passive``, ``officialese``, ``rare_word``, ``long_paragraph``,
    ``long_section`` and ``same_start``. Severity is "green", "orange", "red" or "info".
    """

    code: str
    severity: str
    message: str
    start: int
    end: int
    text: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the finding."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Sentence:
    """A body sentence (headings are not sentences) and the findings that lie inside it.

    ``findings`` are indices into :attr:`Report.findings`.
    """

    text: str
    start: int
    end: int
    words: int
    findings: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the sentence."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "findings": list(self.findings),
        }


@dataclass(frozen=True)
class Check:
    """The page-level verdict of one check: traffic light, Dutch label, measured value, summary."""

    code: str
    severity: str
    label: str
    value: float
    summary: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the check (its code is the key it is stored under)."""
        return {
            "severity": self.severity,
            "label": self.label,
            "value": self.value,
            "summary": self.summary,
        }


@dataclass(frozen=True)
class Report:
    """Everything the analyser found in one text.

    ``long_sentence_share`` and ``passive_share`` are fractions (0–1) of the body sentences;
    ``words`` counts the words of the body text (headings excluded), as do the averages.
    """

    text: str
    sentences: tuple[Sentence, ...]
    findings: tuple[Finding, ...]
    checks: Mapping[str, Check]
    words: int
    average_sentence_length: float
    long_sentence_share: float
    passive_share: float
    rare_word_share: float
    flesch_douma: float

    @property
    def sentence_count(self) -> int:
        """Number of body sentences (list items count, headings do not)."""
        return len(self.sentences)

    @property
    def severities(self) -> dict[str, str]:
        """Traffic light per check code."""
        return {code: check.severity for code, check in self.checks.items()}

    @property
    def meets_b1(self) -> bool:
        """True when no check is red (see :func:`readability.thresholds.meets_b1`)."""
        return thresholds.meets_b1(self.severities)

    @property
    def level(self) -> str:
        """Indicative CEFR level (see :func:`readability.thresholds.estimate_level`)."""
        return thresholds.estimate_level(
            self.severities, self.average_sentence_length, self.rare_word_share
        )

    @property
    def difficulty(self) -> float:
        """One comparable number, higher is harder (see :func:`readability.thresholds.difficulty`)."""
        return thresholds.difficulty(
            self.average_sentence_length, self.long_sentence_share, self.passive_share
        )

    @property
    def flesch_douma_label(self) -> str:
        """Douma's band for the score in Dutch ("makkelijk", "moeilijk", ...)."""
        return douma_label(self.flesch_douma) if self.words else "geen tekst"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary of the whole report."""
        return {
            "meets_b1": self.meets_b1,
            "level": self.level,
            "flesch_douma": round(self.flesch_douma, 1),
            "flesch_douma_label": self.flesch_douma_label,
            "words": self.words,
            "sentence_count": self.sentence_count,
            "average_sentence_length": round(self.average_sentence_length, 1),
            "long_sentence_share": round(self.long_sentence_share, 3),
            "passive_share": round(self.passive_share, 3),
            "difficulty": round(self.difficulty, 2),
            "text": self.text,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "findings": [finding.to_dict() for finding in self.findings],
            "checks": {code: check.to_dict() for code, check in self.checks.items()},
        }
