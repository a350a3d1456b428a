"""The demo's search synonyms (``home/demo/data/search_synonyms.yaml``), one step of the demo.

Registered with ``core.demo_registry`` like the other demo steps; ``home/demo/steps.py`` imports
this module so that ``load_demo`` finds it. Idempotent: a synonym that exists (same language, same
"search for") is left as it is, so editors' changes to it survive a second ``load_demo``.
"""

from pathlib import Path

from core.demo.data_files import load_data
from core.demo_registry import register_demo_step
from home.models import SearchSynonym

DATA = Path(__file__).resolve().parent / "data" / "search_synonyms.yaml"


def build_search_synonyms(site) -> None:
    """Add the demo synonyms of each language that are missing."""
    locales = {"nl": site.nl, "en": site.en}
    added = 0
    for language, synonyms in load_data(DATA).items():
        locale = locales[language]
        for synonym in synonyms:
            _, created = SearchSynonym.objects.get_or_create(
                locale=locale,
                search_for=synonym["search_for"],
                defaults={"phrases": "\n".join(synonym["phrases"])},
            )
            added += created
    if added:
        site.log(f"Search synonyms: {added} new.")


register_demo_step("search_synonyms", build_search_synonyms, order=95, after=("site",))
