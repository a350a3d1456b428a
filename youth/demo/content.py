"""Demo content of the youth section, read from YAML in ``youth/demo/data/``.

The texts are plain Dutch at level A2/B1 and address young people as "je" (``jongeren.yaml``:
the section's home page; ``proposals.yaml``: the proposals). ``PROPOSALS`` are published
proposals (the voting rounds in ``youth.demo.rounds`` pick from them by key); ``DUPLICATE`` is
merged into the skate park proposal and ``PENDING`` waits for a youth worker.
"""

from pathlib import Path

from core.demo.data_files import load_data

DATA = Path(__file__).resolve().parent / "data"

YOUTH_HOME = load_data(DATA / "jongeren.yaml")
_PROPOSALS = load_data(DATA / "proposals.yaml")
PROPOSALS = _PROPOSALS["proposals"]
#: A second skate park proposal: a youth worker merged it into the first one.
DUPLICATE = _PROPOSALS["duplicate"]
#: A new proposal that waits for a youth worker; the young person left an e-mail address.
PENDING = _PROPOSALS["pending"]
