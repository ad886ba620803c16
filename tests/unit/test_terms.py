from knowledge.content.terms import Matcher, form_key, is_case_sensitive


def keys(matcher, text):
    return [(text[m.start : m.end], m.keys) for m in matcher.find(text)]


def test_longest_form_wins_and_matching_ignores_case():
    matcher = Matcher({"term:vinr": ["vold i nære relationer"], "term:nr": ["nære relationer"]})
    assert keys(matcher, "Vold i nære relationer og nære relationer.") == [
        ("Vold i nære relationer", ("term:vinr",)),
        ("nære relationer", ("term:nr",)),
    ]


def test_abbreviations_match_exactly():
    matcher = Matcher({"term:kl": ["KL"], "term:sel": ["SEL"]})
    assert keys(matcher, "Fristen er kl. 12.00; KL og SEL nævnes, men ikke sel.") == [
        ("KL", ("term:kl",)),
        ("SEL", ("term:sel",)),
    ]


def test_words_with_hyphen_and_plus_are_one_word():
    matcher = Matcher(
        {"term:sara": ["SARA-V3"], "term:lgbt": ["LGBT+"], "term:m": ["mestrings- og handlekompetencer"]}
    )
    assert [
        k for _, (k,) in keys(matcher, "SARA-V3, LGBT+ identitet og mestrings- og handlekompetencer")
    ] == ["term:sara", "term:lgbt", "term:m"]


def test_a_form_never_matches_inside_a_longer_word():
    matcher = Matcher({"term:o": ["opsporing"]})
    assert keys(matcher, "opsporingsværktøj og opsporing") == [("opsporing", ("term:o",))]


def test_multi_word_forms_need_spaces_between_words():
    matcher = Matcher({"term:nr": ["nære relationer"]})
    assert keys(matcher, "nære. Relationer") == []


def test_one_form_may_name_several_entities():
    matcher = Matcher({"term:vive": ["VIVE"], "org:vive": ["VIVE"]})
    assert keys(matcher, "VIVE evaluerer") == [("VIVE", ("term:vive", "org:vive"))]


def test_names_match_exactly_lower_case_forms_in_any_case():
    matcher = Matcher({"org:danner": ["Danner"], "term:o": ["opsporing"]})
    assert keys(matcher, "Kerneværdierne danner fundamentet. Danner. Opsporing.") == [
        ("Danner", ("org:danner",)),
        ("Opsporing", ("term:o",)),
    ]


def test_case_rule_and_form_key():
    assert is_case_sensitive("SARA-V3")
    assert is_case_sensitive("MÆRK")
    assert is_case_sensitive("Patriark")
    assert not is_case_sensitive("opsporing")
    assert form_key("Vold i  nære relationer") == ("vold", "i", "nære", "relationer")


def test_cost_does_not_depend_on_the_number_of_terms():
    """The matcher does one dictionary lookup per word and form length: with
    a thousand times more terms the number of lookups stays the same."""
    small = Matcher({f"term:{i}": [f"ord{i}"] for i in range(10)})
    large = Matcher({f"term:{i}": [f"ord{i}"] for i in range(10_000)})
    text = "ord1 og ord2 " * 50
    assert len(small.find(text)) == len(large.find(text)) == 100
    assert small.max_words == large.max_words == 1
