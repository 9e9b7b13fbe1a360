from __future__ import annotations

from kapchyk.core.lookalike import find_lookalikes, is_known, looks_alike, mark_differences

MOM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
POISON = "0xf39F00000000000000000000000000000000b92266"[:42]
TRON_PAYEE = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def test_lookalike_of_address_book_entry_is_found_with_marks():
    poison = "0xf39F" + "0" * 32 + "2266"
    found = find_lookalikes(poison, [(MOM, "Mom"), ("0x" + "1" * 40, "Shop")])
    assert [f.label for f in found] == ["Mom"]
    marks = found[0].recipient_marks
    assert "".join(c for c, _ in marks) == poison
    assert not any(d for _, d in marks[:6]) and not any(d for _, d in marks[-4:])
    assert any(d for _, d in marks[6:-4])
    assert found[0].differing_positions[0] >= 6


def test_same_address_in_other_case_is_not_a_lookalike():
    assert not looks_alike(MOM.lower(), MOM)
    assert is_known(MOM.lower(), [(MOM, "Mom")])


def test_tron_lookalike_compares_base58_edges():
    fake = TRON_PAYEE[:4] + "x" * 26 + TRON_PAYEE[-4:]
    assert looks_alike(fake, TRON_PAYEE) is False  # not a valid address: never a lookalike
    assert looks_alike(TRON_PAYEE, TRON_PAYEE) is False


def test_mark_differences_handles_lengths():
    a, b = mark_differences("TABC", "TABD1")
    assert [d for _, d in a] == [False, False, False, True]
    assert [d for _, d in b] == [False, False, False, True, True]


def test_different_edges_are_not_lookalikes():
    assert not looks_alike("0x" + "1" * 40, MOM)
