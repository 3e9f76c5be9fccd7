"""``language/brackets.closes_in_order``: the one bracket test of the passive and nominalisation rules."""

from beleidstaal.language.brackets import closes_in_order


def test_whole_parentheses_close_in_order():
    assert closes_in_order(["wordt", "(", "vorig", "jaar", ")", "gebouwd"])
    assert closes_in_order("de weg (en [het] pad)")
    assert closes_in_order([])


def test_a_stretch_cut_through_a_parenthesis_is_not_whole():
    assert not closes_in_order(["jaar", ")", "gebouwd"])  # opened before the stretch
    assert not closes_in_order(["(", "vastgesteld", "d.d."])  # closes after it
    assert not closes_in_order("zone) en de (nieuwe weg")  # as many of each, in the wrong order


def test_units_are_tokens_or_characters():
    # a bracket inside a token's text is no bracket token, but it is a bracket character
    assert closes_in_order(["a)", "de", "weg"])
    assert not closes_in_order("a) de weg")
