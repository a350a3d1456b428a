"""Create and revoke batches of vote codes.

The plain codes exist only in the return value of ``create_batch``: the database keeps keyed
hashes (``youth.vote_codes.code_hash``). Whoever creates a batch must print or save the codes at
once; they cannot be shown again.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from youth.models.voting import VoteCode, VoteCodeBatch
from youth.vote_codes import code_hash, generate_code

#: The most codes one batch may hold (a large school, printed on sheets).
MAX_BATCH_SIZE = 5000
#: How often to draw new codes when a drawn code happens to exist already (about 1 in 10^9).
MAX_ATTEMPTS = 5


def _fresh_codes(count: int) -> list[str]:
    """``count`` distinct new codes, none of which is stored yet."""
    codes = set()
    while len(codes) < count:
        codes.add(generate_code())
    codes = list(codes)
    taken = set(
        VoteCode.objects.filter(code_hash__in=[code_hash(c) for c in codes]).values_list(
            "code_hash", flat=True
        )
    )
    return [code for code in codes if code_hash(code) not in taken]


def create_batch(voting_round, label: str, count: int, user=None) -> tuple[VoteCodeBatch, list]:
    """Create a batch of ``count`` codes for ``voting_round``; returns it and the plain codes.

    The plain codes are returned once and never stored. A collision with an existing code is
    astronomically rare (23**9 codes); if it happens, the whole batch is drawn again.
    """
    if not 1 <= count <= MAX_BATCH_SIZE:
        raise ValueError(f"A batch holds 1 to {MAX_BATCH_SIZE} codes, not {count}")
    for _attempt in range(MAX_ATTEMPTS):
        codes = _fresh_codes(count)
        if len(codes) < count:
            continue
        try:
            with transaction.atomic():
                batch = VoteCodeBatch.objects.create(
                    round=voting_round, label=label, created_by=user
                )
                VoteCode.objects.bulk_create(
                    VoteCode(batch=batch, code_hash=code_hash(code)) for code in codes
                )
        except IntegrityError:
            if VoteCodeBatch.objects.filter(round=voting_round, label=label).exists():
                raise
            continue  # a code was stored by someone else in the meantime: draw again
        return batch, codes
    raise RuntimeError("Could not draw unique vote codes; is the code space exhausted?")


def revoke_batch(batch: VoteCodeBatch, now=None) -> bool:
    """Make the unused codes of ``batch`` invalid; returns False when it was revoked already.

    Ballots already cast with its codes stay counted: they cannot be traced back to a code.
    """
    return bool(
        VoteCodeBatch.objects.filter(pk=batch.pk, revoked_at__isnull=True).update(
            revoked_at=now or timezone.now()
        )
    )
