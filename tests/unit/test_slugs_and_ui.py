from knowledge.content import ui
from knowledge.content.slugs import slugify


def test_danish_letters_are_spelled_out_in_anchors():
    assert slugify("Hvad vil vi opnå?") == "hvad-vil-vi-opnaa"
    assert slugify("Forudsætninger for medarbejderne") == "forudsaetninger-for-medarbejderne"
    assert slugify("Økonomisk vold – og mere") == "oekonomisk-vold-og-mere"


def test_every_interface_string_exists_in_both_languages():
    for key, value in ui.STRINGS.items():
        assert set(value) == {"da", "en"}, key
        assert all(v.strip() for v in value.values()), key
    assert ui.text("quick_exit_count", "en", n=2).startswith("Shift pressed 2 of 3")
