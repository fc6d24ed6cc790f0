"""Tests for govtimeline.reconstruct.initialisms: initialisms spelled out by another name."""

from __future__ import annotations

from govtimeline.reconstruct.initialisms import spell_out


def test_an_initialism_is_replaced_by_the_words_that_spell_it() -> None:
    assert spell_out(["un", "panel"], ["united", "nations", "panel"]) == {
        "united",
        "nations",
        "panel",
    }


def test_only_words_in_a_row_spell_an_initialism() -> None:
    assert spell_out(["un", "panel"], ["united", "ocean", "nations", "panel"]) == {"un", "panel"}


def test_a_word_the_other_name_has_is_kept() -> None:
    assert spell_out(["un", "panel"], ["un", "panel"]) == {"un", "panel"}


def test_long_words_are_no_initialisms() -> None:
    words = ["harbours", "panel"]
    assert spell_out(words, ["high", "altitude", "rescue", "boats", "of", "ukraine", "river"]) == {
        "harbours",
        "panel",
    }


def test_each_name_of_a_group_is_spelled_out_by_another_one() -> None:
    from govtimeline.reconstruct.initialisms import spell_out_each

    names = [["ai", "act"], ["eu", "artificial", "intelligence", "act"], ["ai", "pact"]]
    assert spell_out_each(names) == [
        {"artificial", "intelligence", "act"},
        {"eu", "artificial", "intelligence", "act"},
        {"artificial", "intelligence", "pact"},
    ]


def test_a_name_does_not_spell_out_its_own_initialism() -> None:
    from govtimeline.reconstruct.initialisms import spell_out_each

    assert spell_out_each([["ai", "artificial", "intelligence"]]) == [
        {"ai", "artificial", "intelligence"}
    ]
