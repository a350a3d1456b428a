"""Single-use vote codes: easy to type, hard to guess, stored only as keyed hashes.

A code is nine random characters from a 23-character alphabet without look-alikes, plus one
check character, written in groups as ``K7RM-XQ4P-DA``. That gives 23**9 ≈ 1.8 × 10^12 possible
codes. The check character makes the position-weighted sum of all ten characters divisible by
23, a prime, which catches every single mistyped character and every swap of two neighbouring
characters, so a typo gets a helpful message before the database is asked.
"""

import hashlib
import hmac
import secrets

from django.conf import settings

#: No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: characters people confuse on paper or when reading aloud.
ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
BASE = len(ALPHABET)  # 23, a prime: the check character relies on that
RANDOM_LENGTH = 9
CODE_LENGTH = RANDOM_LENGTH + 1
GROUPS = (4, 4, 2)
CODE_SPACE = BASE**RANDOM_LENGTH


def check_character(body: str) -> str:
    """The character that makes ``sum(position * value)`` over the full code divisible by 23."""
    total = sum((position + 1) * ALPHABET.index(char) for position, char in enumerate(body))
    weight = len(body) + 1
    # Solve total + weight * x ≡ 0 (mod 23); weight < 23, so it has an inverse.
    return ALPHABET[(-total * pow(weight, -1, BASE)) % BASE]


def generate_code() -> str:
    """A new random code in its canonical form (ten characters, no separators)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + check_character(body)


def normalise(typed: str) -> str:
    """What a person typed, reduced to the canonical form: upper case, no spaces or dashes."""
    return "".join(char for char in typed.upper() if char.isalnum())


def is_well_formed(code: str) -> bool:
    """Ten characters from the alphabet with a matching check character."""
    return (
        len(code) == CODE_LENGTH
        and all(char in ALPHABET for char in code)
        and check_character(code[:-1]) == code[-1]
    )


def format_code(code: str) -> str:
    """The canonical code in groups for printing: ``K7RM-XQ4P-DA``."""
    parts, start = [], 0
    for size in GROUPS:
        parts.append(code[start : start + size])
        start += size
    return "-".join(parts)


def code_hash(code: str) -> str:
    """The keyed hash stored instead of the code (HMAC-SHA256 with a vote-code key)."""
    key = (settings.SECRET_KEY + ":youth-vote-codes").encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()
