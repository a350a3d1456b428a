"""Demo service norms for Geertruidenberg, read from YAML in ``service_norms/demo/data/``.

``servicenormen.yaml`` holds the "Onze servicenormen" page (``PAGE``) and the norms
(``NORMS``): each with its promise, target, English version and, per calendar month, the share
on time, the number of cases and why a missed month was missed. ``benchmark.yaml`` holds the
Burgerpeiling results (``BENCHMARK``: code, label, unit and per period our value and the value
for the Netherlands) and their source (``BURGERPEILING``).
"""

from pathlib import Path

from core.demo.data_files import load_data

DATA = Path(__file__).resolve().parent / "data"

_NORMS = load_data(DATA / "servicenormen.yaml")
PAGE = _NORMS["page"]
NORMS = _NORMS["norms"]
_BENCHMARK = load_data(DATA / "benchmark.yaml")
BURGERPEILING = _BENCHMARK["source_url"]
BENCHMARK = _BENCHMARK["results"]
