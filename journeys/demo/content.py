"""Demo customer journeys ("Wat wilt u regelen?"), read from YAML in ``journeys/demo/data/``.

``wat-wilt-u-regelen.yaml`` holds the overview page (``INDEX``) and the order of the journeys;
``journeys/<slug>.yaml`` holds one journey (``JOURNEYS``) with its questions and steps, in plain
Dutch (B1). Each file's comment says what a question and a step hold; read by
``journeys/demo/builder.py``.
"""

from pathlib import Path

from core.demo.data_files import load_data, load_each

DATA = Path(__file__).resolve().parent / "data"

_OVERVIEW = load_data(DATA / "wat-wilt-u-regelen.yaml")
INDEX = _OVERVIEW["index"]
JOURNEYS = load_each(DATA / "journeys", _OVERVIEW["journeys"])
_BY_SLUG = {journey["slug"]: journey for journey in JOURNEYS}
VERHUIZEN = _BY_SLUG["ik-ga-verhuizen"]
KIND = _BY_SLUG["ik-krijg-een-kind"]
TROUWEN = _BY_SLUG["ik-ga-trouwen"]
OVERLIJDEN = _BY_SLUG["iemand-is-overleden"]
BEDRIJF = _BY_SLUG["ik-start-een-bedrijf"]
ONDERSTEUNING = _BY_SLUG["ik-heb-ondersteuning-nodig"]
