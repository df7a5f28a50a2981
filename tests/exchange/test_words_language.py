"""The formats' and the services' words follow the catalogue the window or command line loads."""

from loyaltydesk.domain import words
from loyaltydesk.exchange.words import tr as exchange_tr
from loyaltydesk.services.words import tr as services_tr


def test_without_a_catalogue_the_words_are_english_with_their_plurals():
    kept = list(words._catalogue)
    words.use_catalogue(None)
    try:
        assert exchange_tr("the file is empty") == "the file is empty"
        assert exchange_tr("%n card(s)", 1) == "1 card"
        assert exchange_tr("%n card(s)", 3) == "3 cards"
    finally:
        words._catalogue[:] = kept


def test_the_french_catalogue_speaks_french_and_english_comes_back_after(french):
    assert exchange_tr("the file is empty") == "le fichier est vide"
    assert exchange_tr("%n card(s)", 1) == "1 fiche"
    assert exchange_tr("%n card(s)", 3) == "3 fiches"
    assert services_tr("Not restored: {reason}").format(reason="x") == "Non restauré : x"


def test_the_english_catalogue_gives_english_plurals(qapp):
    from loyaltydesk import translations

    translations.load(qapp, "en")
    assert exchange_tr("%n row(s)", 1) == "1 row"
    assert exchange_tr("; and %n more", 2) == "; and 2 more"
    assert services_tr("Not restored: {reason}") == "Not restored: {reason}"
