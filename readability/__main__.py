"""Command line: ``python -m readability [--json] [FILE|-]``.

Reads plain text from FILE or standard input and prints a Dutch report for editors (score, level,
whether the text meets B1, each check with its traffic light, and the sentences with findings),
or with ``--json`` the report's JSON. Exit code 0; 2 when the file cannot be read.
"""

import argparse
import json
import sys
from collections.abc import Sequence

from readability.analyser import analyse
from readability.report import Report
from readability.thresholds import SEVERITY_WORDS

EXIT_UNREADABLE = 2
_SEVERITY_ORDER = {"red": 0, "orange": 1, "info": 2, "green": 3}


def _read(source: str) -> str:
    """The text of a file, or of standard input for "-"."""
    if source == "-":
        return sys.stdin.read()
    with open(source, encoding="utf-8") as file:
        return file.read()


def _light(severity: str) -> str:
    """A traffic-light word in brackets, padded so the labels line up."""
    return f"[{SEVERITY_WORDS[severity]}]".ljust(9)


def format_report(report: Report) -> str:
    """The report as readable Dutch text for the terminal."""
    data = report.to_dict()
    lines = [
        "Leesbaarheid (taalniveau B1)",
        f"Niveau (indicatie): {data['level']}",
        f"Voldoet aan B1: {'ja' if data['meets_b1'] else 'nee'}",
        f"Flesch-Douma: {data['flesch_douma']:.0f} ({data['flesch_douma_label']})",
        f"Woorden: {data['words']}, zinnen: {data['sentence_count']}, "
        f"gemiddeld {data['average_sentence_length']:.1f} woorden per zin".replace(".", ",", 1),
        "",
        "Controles",
    ]
    checks = sorted(data["checks"].values(), key=lambda check: _SEVERITY_ORDER[check["severity"]])
    lines += [
        f"  {_light(check['severity'])}{check['label']}: {check['summary']}" for check in checks
    ]

    findings = data["findings"]
    in_sentences: set[int] = set()
    sentence_lines = []
    for number, sentence in enumerate(data["sentences"], start=1):
        if not sentence["findings"]:
            continue
        in_sentences.update(sentence["findings"])
        # A wrapped sentence is printed on one line.
        sentence_lines.append(f"  {number}. {' '.join(sentence['text'].split())}")
        sentence_lines += [_finding_line(findings[index]) for index in sentence["findings"]]
    if sentence_lines:
        lines += ["", "Zinnen met opmerkingen", *sentence_lines]
    others = [finding for index, finding in enumerate(findings) if index not in in_sentences]
    if others:
        lines += ["", "Alinea's, delen en koppen"]
        for finding in others:
            excerpt = " ".join(finding["text"].split()[:8])
            lines.append(f"  “{excerpt} …”")
            lines.append(_finding_line(finding))
    return "\n".join(lines)


def _finding_line(finding: dict) -> str:
    """One finding with its traffic light and, where there is one, the suggestion."""
    line = f"     - {_light(finding['severity'])}{finding['message']}"
    if finding["suggestion"]:
        line += f" (suggestie: {finding['suggestion']})"
    return line


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m readability",
        description="Controleer of een Nederlandse tekst op taalniveau B1 is geschreven.",
    )
    parser.add_argument("--json", action="store_true", help="print het rapport als JSON")
    parser.add_argument(
        "file", nargs="?", default="-", help="tekstbestand (standaard of '-': standaardinvoer)"
    )
    arguments = parser.parse_args(argv)
    try:
        text = _read(arguments.file)
    except FileNotFoundError:
        print(f"Bestand niet gevonden: {arguments.file}", file=sys.stderr)
        return EXIT_UNREADABLE
    except (OSError, UnicodeDecodeError) as error:
        print(f"Kan {arguments.file} niet lezen: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    report = analyse(text)
    if arguments.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
