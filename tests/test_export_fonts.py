"""Characters the embedded Korean font lacks print as look-alikes, never as empty boxes."""

from clipper.export.fonts import printable


def test_hyphenation_point_prints_as_middle_dot():
    assert printable("설립‧운영") == "설립·운영"


def test_unknown_symbol_prints_as_question_mark():
    assert printable("로켓 \U0001F680 발사") == "로켓 ? 발사"
