"""``python manage.py create_vote_codes ROUND_SLUG --count N --batch LABEL --output FILE.csv``.

Creates a batch of vote codes for a voting round and writes the formatted codes to a CSV file.
The database keeps only hashes, so this file is the only copy of the codes: print them, hand
them out, then delete the file.
"""

import csv
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.spreadsheet_safety import defused_row
from youth.code_batches import MAX_BATCH_SIZE, create_batch
from youth.models import VoteCodeBatch, VotingRoundPage
from youth.vote_codes import format_code


class Command(BaseCommand):
    help = "Create a batch of single-use vote codes for a voting round and save them as CSV."

    def add_arguments(self, parser):
        parser.add_argument("round_slug", help="The slug of the voting round page.")
        parser.add_argument("--count", type=int, required=True, help="How many codes.")
        parser.add_argument("--batch", required=True, help="A name for the batch (e.g. a class).")
        parser.add_argument("--output", required=True, help="The CSV file to write the codes to.")
        parser.add_argument(
            "--force", action="store_true", help="Overwrite the output file if it exists."
        )

    def handle(self, *args, **options):
        output = Path(options["output"])
        if output.exists() and not options["force"]:
            raise CommandError(f"{output} exists already; use --force to overwrite it.")
        count = options["count"]
        if not 1 <= count <= MAX_BATCH_SIZE:
            raise CommandError(f"--count must be between 1 and {MAX_BATCH_SIZE}.")
        label = options["batch"].strip()
        if not label or len(label) > VoteCodeBatch._meta.get_field("label").max_length:
            raise CommandError("--batch needs a name of at most 100 characters.")
        rounds = list(VotingRoundPage.objects.filter(slug=options["round_slug"]))
        if not rounds:
            raise CommandError(f"No voting round with slug {options['round_slug']!r}.")
        if len(rounds) > 1:
            raise CommandError(f"More than one voting round has slug {options['round_slug']!r}.")
        voting_round = rounds[0]
        if voting_round.is_closed():
            raise CommandError(f"Voting round {voting_round.title!r} has closed.")
        if VoteCodeBatch.objects.filter(round=voting_round, label=label).exists():
            raise CommandError(f"Voting round {voting_round.title!r} has a batch {label!r}.")
        # Write the file inside the transaction: no batch without its codes on disk.
        with transaction.atomic():
            batch, codes = create_batch(voting_round, label, count)
            # Only the owner may read the file: it holds the only copy of the codes.
            descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["code", "batch", "round"])
                for code in codes:
                    writer.writerow(
                        defused_row([format_code(code), batch.label, voting_round.title])
                    )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(codes)} codes in batch {batch.label!r} for {voting_round.title!r}: "
                f"{output}"
            )
        )
