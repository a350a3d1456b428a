"""The analyser stays free of Django, and its command line works from a shell."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLAIN = "Wij halen uw afval elke week op. Zet de bak op tijd buiten."


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and module, fixed arguments
        [sys.executable, *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_importing_the_analyser_imports_no_django_or_wagtail():
    result = run(
        "-c",
        "import readability, readability.analyser, sys; "
        "print(any(m.startswith(('django','wagtail')) for m in sys.modules))",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_analysing_text_imports_no_django_or_wagtail():
    result = run(
        "-c",
        "import sys; from readability import analyse; analyse('Uw afval wordt opgehaald.'); "
        "print(sorted(m for m in sys.modules if m.startswith(('django','wagtail'))))",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cli_prints_json_that_parses(tmp_path):
    page = tmp_path / "pagina.txt"
    page.write_text("Uw afval wordt elke week opgehaald.\n", encoding="utf-8")
    result = run("-m", "readability", "--json", str(page))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["findings"][0]["code"] == "passive"
    assert data["text"] == "Uw afval wordt elke week opgehaald.\n"


def test_cli_reads_standard_input_and_prints_a_dutch_report_with_the_level():
    result = run("-m", "readability", stdin=PLAIN)
    assert result.returncode == 0, result.stderr
    assert "Niveau (indicatie): A2" in result.stdout or "Niveau (indicatie): B1" in result.stdout
    assert "Voldoet aan B1: ja" in result.stdout
    assert "[groen]" in result.stdout


def test_cli_shows_problem_sentences_with_their_suggestions():
    result = run("-m", "readability", "-", stdin="Teneinde te wachten, bel ons.")
    assert result.returncode == 0, result.stderr
    assert "Zinnen met opmerkingen" in result.stdout
    assert "(suggestie: om)" in result.stdout


# 19 words, one passive sentence, wrapped at a fixed width as text files often are.
WRAPPED_PASSIVE = (
    "De aanvraag voor een parkeervergunning in het\n"
    "centrum van de stad wordt binnen vier weken\n"
    "door de gemeente behandeld.\n"
)


def test_cli_reads_a_wrapped_sentence_as_one_sentence_with_its_passive():
    result = run("-m", "readability", "--json", "-", stdin=WRAPPED_PASSIVE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sentence_count"] == 1
    assert data["words"] == 19
    assert [finding["code"] for finding in data["findings"]].count("passive") == 1


def test_cli_prints_a_wrapped_sentence_on_one_line():
    result = run("-m", "readability", "-", stdin=WRAPPED_PASSIVE)
    assert result.returncode == 0, result.stderr
    assert "Woorden: 19, zinnen: 1," in result.stdout
    assert "  1. De aanvraag voor een parkeervergunning in het centrum van de stad" in result.stdout


def test_cli_exits_with_2_and_a_clear_message_for_a_missing_file(tmp_path):
    missing = tmp_path / "bestaat-niet.txt"
    result = run("-m", "readability", str(missing))
    assert result.returncode == 2
    assert f"Bestand niet gevonden: {missing}" in result.stderr
    assert result.stdout == ""
