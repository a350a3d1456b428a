"""The demo's Dutch texts, kept as YAML in ``<app>/demo/data/``, pass the B1 check as data.

The files are read directly, without building the site: every file, so a new one is checked
too, and in it every page, product, answer, news item or proposal as one text, as the site
checks a page (English translations under "en", names, links and the notes for KCC staff are
left out). The files must also parse and hold what the demo
loaders need.
"""

import re
from pathlib import Path

import pytest
import yaml

from consultations.demo import content as consultations
from core.demo.data_files import load_data
from home.demo import content as home
from kcc_content.demo import content as kcc
from readability import analyse_blocks
from readability.content_text import rich_text_blocks
from youth.demo import content as youth

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted(ROOT.glob("*/demo/data/**/*.yaml"))

#: Keys whose texts residents do not read as prose: names, codes, links, table cells, choices,
#: search keywords, and the internal notes for KCC staff (which may be terse).
NOT_PROSE = {
    "slug", "key", "team", "teams", "section", "upl_name", "upl_uri", "audience",
    "application_url", "link_url", "kcc_team", "kcc_desk_memo", "kcc_handling",
    "kcc_explanation", "related", "related_products", "related_answers", "page", "area",
    "sections", "consultations", "participants", "contact_name", "contact_role",
    "contact_email", "contact_phone", "phone", "email", "rows", "choices", "keywords",
    "field_type", "moderation", "participation_level", "photo", "age_band", "merged_into",
    "level", "source", "neighbourhood", "participant", "dates", "opening_hours", "en",
    "main_menu", "footer", "international_phone",
}  # fmt: skip
#: Keys whose entries the site shows as pages or cards of their own, checked one by one.
OWN_PAGES = {
    "pages", "proposals", "norms", "neighbourhoods", "office_hours", "meetings", "survey",
}  # fmt: skip
#: Date placeholders such as ``{start:weekdag}``: the check reads a sample date in their place.
PLACEHOLDER = re.compile(r"\{\w+(:\w+)?\}")

#: What each loader needs of every item it reads: the keys the demo builders look up.
REQUIRED_KEYS = {
    "home section": ({"slug", "title", "intro", "team", "pages"}, home.SECTIONS),
    "home page": (
        {"slug", "title", "intro", "body"},
        [page for section in home.SECTIONS for page in section["pages"]],
    ),
    "news item": ({"slug", "title", "days", "intro", "body"}, home.NEWS),
    "product": (
        {
            "slug",
            "title",
            "section",
            "team",
            "upl_name",
            "upl_uri",
            "audience",
            "intro",
            "online_application",
            "application_url",
            "kcc_desk_memo",
            "kcc_handling",
            "kcc_team",
            "related",
        },  # fmt: skip
        kcc.PRODUCTS,
    ),
    "answer": (
        {
            "key",
            "question",
            "keywords",
            "answer",
            "kcc_explanation",
            "audience",
            "teams",
            "related_products",
            "related_answers",
            "phone_script",
            "email_text",
            "social_text",
        },  # fmt: skip
        kcc.ANSWERS,
    ),
    "consultation": (
        {"slug", "title", "intro", "topic", "area", "body", "rules", "phases", "ideas"},
        consultations.CONSULTATIONS,
    ),
    "youth proposal": (
        {"key", "title", "what", "why", "area", "age_band"},
        youth.PROPOSALS,
    ),
}


def dutch_texts(value, key: str = ""):
    """Every Dutch text residents read in ``value``, as (key, text) pairs."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            if name not in NOT_PROSE and not str(name).endswith("_en"):  # ``_en``: English
                yield from dutch_texts(item, name)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from dutch_texts(item, key)


def text_blocks(key: str, text: str) -> list[tuple[str, str]]:
    """The analyser's (kind, text) blocks for one text: rich text by its tags, else one block."""
    text = PLACEHOLDER.sub("12 januari", text)
    if "<" in text:
        return rich_text_blocks(text)
    kind = "heading" if key in {"title", "question", "text"} and "." not in text else "paragraph"
    return [(kind, " ".join(text.split()))] if " " in text.strip() else []


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_demo_data_file_parses_and_says_what_it_holds(path):
    text = path.read_text(encoding="utf-8")

    assert yaml.safe_load(text) is not None
    assert text.startswith("# "), "Start the file with a comment saying what it holds."


@pytest.mark.parametrize("kind", REQUIRED_KEYS)
def test_every_demo_item_has_the_keys_its_builder_needs(kind):
    keys, items = REQUIRED_KEYS[kind]

    missing = [(item.get("slug") or item.get("key"), keys - item.keys()) for item in items]

    assert items
    assert [(name, sorted(keys)) for name, keys in missing if keys] == []


def test_every_body_block_is_a_known_block_type():
    known = {"heading", "paragraph", "accordion", "call_to_action", "contact", "table"}
    bodies = [page["body"] for section in home.SECTIONS for page in section["pages"]]
    bodies += [item["body"] for item in [*home.NEWS, *consultations.CONSULTATIONS]]
    bodies += [youth.YOUTH_HOME["body"]]

    assert {block_type for body in bodies for block_type, _value in body} <= known


def items_in(data, name: str = ""):
    """The parts of a file that residents read as one text, as the site checks one page: each
    entry of a list, and each entry under a key in ``OWN_PAGES``; the rest of a mapping is one."""
    if isinstance(data, list):
        for number, entry in enumerate(data, start=1):
            yield from items_in(entry, f"{name}[{number}]")
        return
    rest = {}
    for key, value in data.items():
        if key in OWN_PAGES and isinstance(value, list | dict):  # a survey is a page of its own
            yield from items_in(value, f"{name}{key}")
        else:
            rest[key] = value
    yield name or "(file)", rest


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_dutch_demo_text_meets_b1(path):
    failing = []
    for name, item in items_in(load_data(path)):
        blocks = [block for key, text in dutch_texts(item) for block in text_blocks(key, text)]
        if blocks and not (report := analyse_blocks(blocks)).meets_b1:
            failing.append((name, report.severities))

    assert failing == []


def test_the_b1_check_of_the_demo_data_finds_officialese():
    officialese = (
        "<p>Teneinde de wijziging te effectueren wordt door het college, nadat belanghebbenden "
        "in de gelegenheid zijn gesteld hun zienswijze kenbaar te maken, overgegaan tot "
        "vaststelling van het plan.</p>"
    )

    assert not analyse_blocks(text_blocks("intro", officialese)).meets_b1
