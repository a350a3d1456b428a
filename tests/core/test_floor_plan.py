"""The floor plan holds in the code: imports inside functions say why they are there.

``lint-imports`` (see ``.importlinter``) checks the floors and that no app imports another in a
circle. An import hidden inside a function escapes nothing from that check, but it is how circles
used to be dodged; so every first-party import inside a function carries a one-line reason as a
comment on the same line.
"""

import ast
import configparser
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def first_party_packages() -> list[str]:
    """The root packages ``.importlinter`` checks: every app of the site plus the settings."""
    config = configparser.ConfigParser()
    config.read(PROJECT_DIR / ".importlinter")
    return config["importlinter"]["root_packages"].split()


def imported_packages(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return [] if node.level else [(node.module or "").split(".")[0]]
    return [alias.name.split(".")[0] for alias in node.names]


def imports_inside_functions(path: Path, packages: set[str]):
    """(line number, source line) of first-party imports in a function body of ``path``."""
    source = path.read_text()
    lines = source.splitlines()
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom) and packages & set(
                imported_packages(node)
            ):
                yield node.lineno, lines[node.end_lineno - 1]


def test_first_party_imports_inside_functions_give_their_reason():
    packages = set(first_party_packages())
    unexplained = []
    for package in sorted(packages):
        for path in sorted((PROJECT_DIR / package).rglob("*.py")):
            for lineno, line in imports_inside_functions(path, packages):
                if "#" not in line:
                    unexplained.append(f"{path.relative_to(PROJECT_DIR)}:{lineno}: {line.strip()}")
    assert unexplained == []


def test_the_check_finds_an_unexplained_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "def explained():\n    from core import rate_limit  # loaded lazily: heavy\n\n"
        "def hidden():\n    from core import rate_limit\n    import os\n"
    )
    found = list(imports_inside_functions(module, {"core"}))
    assert [lineno for lineno, _ in found] == [2, 5]
    assert ["#" in line for _, line in found] == [True, False]


def contract_modules(contract: str, option: str) -> set[str]:
    """The packages a contract of ``.importlinter`` names in ``option`` (layers split on ``|``)."""
    config = configparser.ConfigParser()
    config.read(PROJECT_DIR / ".importlinter")
    text = config[f"importlinter:contract:{contract}"][option]
    return {name.strip() for line in text.split() for name in line.split("|") if name.strip()}


def test_every_app_of_the_site_is_under_every_contract():
    """A new app must be added to ``.importlinter``: to a floor, to the packages floor 0 may not
    import, and to the apps checked for import circles inside them (front_office was once left
    out of the last two)."""
    apps = {path.parent.name for path in PROJECT_DIR.glob("*/apps.py")}
    assert apps <= set(first_party_packages())
    assert apps <= contract_modules("floors", "layers")
    assert apps - {"core"} <= contract_modules("core-is-floor-0", "forbidden_modules")
    assert apps <= contract_modules("no-cycles-inside-apps", "ancestors")
