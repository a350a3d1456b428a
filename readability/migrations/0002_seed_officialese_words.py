"""Seed the editable officialese list from readability/data/officialese.csv (derived from the
RVO plain-language word list, CC0-1.0; see readability/data/officialese-SOURCE.txt)."""

import csv
from pathlib import Path

from django.db import migrations

CSV_PATH = Path(__file__).resolve().parent.parent / "data" / "officialese.csv"


def seed_words(apps, schema_editor):
    OfficialeseWord = apps.get_model("readability", "OfficialeseWord")
    with CSV_PATH.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            OfficialeseWord.objects.get_or_create(
                word=row["word"].strip().lower(),
                defaults={
                    "alternatives": row["alternatives"].strip(),
                    "forms": (row.get("forms") or "").strip(),
                },
            )


class Migration(migrations.Migration):
    dependencies = [("readability", "0001_plain_language")]

    operations = [migrations.RunPython(seed_words, migrations.RunPython.noop)]
