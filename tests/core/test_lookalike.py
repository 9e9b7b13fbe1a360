from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.core.addresses import B58_ALPHABET, evm_checksum, tron_from_id
from wallet.core.lookalike import (
    EDGE,
    find_lookalikes,
    is_known,
    looks_alike,
    mark_differences,
)

MOM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
# a valid (checksummed) poisoning address: same first four and last four hex digits as MOM
POISON = evm_checksum(bytes.fromhex("f39f" + "0" * 32 + "2266"))
TRON_PAYEE = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
# A valid Tron lookalike would take ~58^7 tries to mine, so this one has the right shape but not
# a valid checksum: the lookalike check compares shapes (validation is a separate step).
TRON_POISON = "TR7N" + "x" * 26 + "Lj6t"


def _flags(marks):
    return [d for _, d in marks]


def test_lookalike_of_address_book_entry_is_found_with_marks():
    found = find_lookalikes(POISON, [(MOM, "Mom"), ("0x" + "1" * 40, "Shop")])
    assert [(f.label, f.known) for f in found] == [("Mom", MOM)]
    marks = found[0].recipient_marks
    assert "".join(c for c, _ in marks) == POISON  # the display keeps the original spelling
    flags = _flags(marks)
    assert not any(flags[:6]) and not any(flags[-4:])  # 0x + first 4, last 4 are the same
    expected = [
        i for i, (x, y) in enumerate(zip(POISON.lower(), MOM.lower(), strict=True)) if x != y
    ]
    assert found[0].differing_positions == expected
    assert _flags(found[0].known_marks) == flags


def test_tron_lookalike_compares_the_whole_base58_string():
    found = find_lookalikes(TRON_POISON, [(TRON_PAYEE, "Shop")])
    assert len(found) == 1 and found[0].label == "Shop"
    assert found[0].differing_positions == [
        i for i, (x, y) in enumerate(zip(TRON_POISON, TRON_PAYEE, strict=True)) if x != y
    ]
    # base58 is case-sensitive: a different letter case is a different character
    assert _flags(mark_differences("TRn", "TRN")[0]) == [False, False, True]


def test_same_address_in_other_case_is_known_not_a_lookalike():
    assert not looks_alike(MOM.lower(), MOM)
    assert not find_lookalikes(MOM.upper().replace("0X", "0x"), [MOM])
    assert is_known(MOM.lower(), [(MOM, "Mom")])
    assert is_known(TRON_PAYEE, [TRON_PAYEE])
    assert not is_known(POISON, [(MOM, "Mom")])
    assert not is_known("not an address", ["not an address"])


def test_known_may_be_bare_addresses_and_duplicates_are_reported_once():
    found = find_lookalikes(POISON, [MOM, (MOM.lower(), "Mom"), (MOM, "a past payee")])
    assert len(found) == 1 and found[0].label == ""


@pytest.mark.parametrize(
    "other",
    [
        "0x" + "1" * 40,  # nothing alike
        "0xf39F" + "0" * 34 + "66",  # same start, only the last two match
        "0x" + "e" * 36 + "2266",  # same end only
        TRON_PAYEE,  # another family
        "0xf39f",  # not an address
        "",
    ],
)
def test_not_lookalikes(other):
    assert not looks_alike(POISON, other)
    assert not looks_alike(other, POISON)


def test_families_never_match_each_other():
    ident = bytes.fromhex("a614f803b6fd780986a42c78ec9c7f77e6ded13c")
    assert not looks_alike(evm_checksum(ident), tron_from_id(ident))


def test_edge_is_adjustable():
    near = "0xf39F" + "0" * 30 + "b92266"
    assert looks_alike(near, MOM)
    assert looks_alike(near, MOM, edge=6) is False  # first six differ ("f39fd6" vs "f39f00")


def test_mark_differences_handles_lengths():
    a, b = mark_differences("TABC", "TABD1")
    assert _flags(a) == [False, False, False, True]
    assert _flags(b) == [False, False, False, True, True]
    assert mark_differences("", "") == ((), ())


# ------------------------------------------------------------------ properties
ids = st.binary(min_size=20, max_size=20)


@given(ids, st.data())
def test_every_evm_lookalike_with_a_changed_middle_is_caught(ident, data):
    known = evm_checksum(ident)
    body = known[2:].lower()
    pos = data.draw(st.integers(EDGE, 40 - EDGE - 1))
    ch = data.draw(st.sampled_from([c for c in "0123456789abcdef" if c != body[pos]]))
    fake = evm_checksum(bytes.fromhex(body[:pos] + ch + body[pos + 1 :]))
    found = find_lookalikes(fake, [(known, "k")])
    assert len(found) == 1 and found[0].differing_positions == [pos + 2]


@given(ids, st.data())
def test_every_tron_lookalike_with_a_changed_middle_is_caught(ident, data):
    known = tron_from_id(ident)
    pos = data.draw(st.integers(EDGE, 34 - EDGE - 1))
    ch = data.draw(st.sampled_from([c for c in B58_ALPHABET if c != known[pos]]))
    fake = known[:pos] + ch + known[pos + 1 :]
    found = find_lookalikes(fake, [known])
    assert len(found) == 1 and found[0].differing_positions == [pos]


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(st.text(max_size=45), st.lists(st.text(max_size=45), max_size=3))
def test_arbitrary_text_never_raises(recipient, known):
    found = find_lookalikes(recipient, [*known, MOM, TRON_PAYEE])
    assert all(looks_alike(recipient, f.known) for f in found)
    is_known(recipient, known)
    a, b = mark_differences(recipient, MOM)
    assert "".join(c for c, _ in a) == recipient and len(b) == len(MOM)
