"""Read the demo content that each app keeps as YAML in ``<app>/demo/data/``.

The files are written for editors and language reviewers: one file per section or group,
long texts as block scalars, a comment at the top saying what the file holds. A page body is
a list of one-key mappings (``- paragraph: <p>…</p>``); the builders take it as a list of
``(block type, value)`` pairs, so ``load_data`` turns every such ``body`` list into pairs (a
``body`` that is one piece of rich text stays as it is).
"""

from pathlib import Path

import yaml


def load_data(path: Path):
    """The data in one YAML file, with every ``body`` as ``(block type, value)`` pairs."""
    with path.open(encoding="utf-8") as file:
        return _with_block_pairs(yaml.safe_load(file))


def load_each(directory: Path, names) -> list:
    """The data of ``<directory>/<name>.yaml`` for each name, in the order given."""
    return [load_data(directory / f"{name}.yaml") for name in names]


def _with_block_pairs(value):
    if isinstance(value, dict):
        return {
            key: _blocks(item)
            if key == "body" and isinstance(item, list)
            else _with_block_pairs(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_with_block_pairs(item) for item in value]
    return value


def _blocks(body: list) -> list[tuple]:
    """``[{"paragraph": "<p>…</p>"}]`` as ``[("paragraph", "<p>…</p>")]``."""
    pairs = []
    for block in body:
        if not isinstance(block, dict) or len(block) != 1:
            raise ValueError(f"A body block is a mapping with one key, the block type: {block!r}")
        ((block_type, value),) = block.items()
        pairs.append((block_type, _with_block_pairs(value)))
    return pairs
