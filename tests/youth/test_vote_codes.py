"""Vote codes: a large code space, typos caught by the check character, only hashes stored."""

import pytest

from youth import vote_codes


def test_the_code_space_has_more_than_a_trillion_codes():
    assert vote_codes.CODE_SPACE >= 10**12


def test_a_new_code_is_well_formed_and_printed_in_groups():
    code = vote_codes.generate_code()

    assert vote_codes.is_well_formed(code)
    assert len(vote_codes.format_code(code)) == 12
    assert vote_codes.normalise(vote_codes.format_code(code).lower()) == code


@pytest.mark.parametrize("seed", range(25))
def test_every_single_typo_and_neighbour_swap_is_caught(seed):
    code = vote_codes.generate_code()
    for position in range(len(code)):
        for char in vote_codes.ALPHABET:
            if char != code[position]:
                typo = code[:position] + char + code[position + 1 :]
                assert not vote_codes.is_well_formed(typo)
        if position < len(code) - 1 and code[position] != code[position + 1]:
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            assert not vote_codes.is_well_formed(swapped)


def test_look_alike_characters_are_not_used():
    assert not set("0O1IL2Z5S8BUV") & set(vote_codes.ALPHABET)


def test_the_stored_hash_is_keyed_and_does_not_contain_the_code(settings):
    code = vote_codes.generate_code()
    stored = vote_codes.code_hash(code)

    assert code not in stored and len(stored) == 64
    settings.SECRET_KEY = "another-key"
    assert vote_codes.code_hash(code) != stored
