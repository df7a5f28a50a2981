"""The command line speaks the system's language to people and never changes what scripts read."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli

FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr"}
ENGLISH = {"LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en"}
AT = "2026-03-02T10:00"
LATER = "2031-01-06T09:00"  # the demo is built as of today: everything open is due by then


def _run(language: dict[str, str], *args: str, data_dir=None):
    return run_cli(*args, data_dir=data_dir, env=language)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("french") / "data"
    made = _run(FRENCH, "demo", "--customers", "25", "--seed", "4", data_dir=folder)
    assert made.returncode == 0, made.stderr
    assert "25 clients de démonstration créés dans" in made.stdout
    return folder


def test_confirmations_read_french_in_a_french_system(book):
    checked = _run(FRENCH, "check", data_dir=book)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok : schéma ")
    assert "clés étrangères et index de recherche sont sains" in checked.stdout
    assert "integrity" not in checked.stdout
    shared = _run(FRENCH, "team", "status", data_dir=book)
    assert shared.stdout.strip() == "Non partagé : un fichier à un seul utilisateur"
    english = _run(ENGLISH, "team", "status", data_dir=book)
    assert english.stdout.strip() == "Not shared: a single-user book"


def test_the_report_reads_french_for_people(book):
    french = _run(FRENCH, "report", "--at", AT, data_dir=book)
    assert french.returncode == 0, french.stderr
    assert french.stdout.startswith("Rapport LoyaltyDesk au ")
    for words in ("Valeur vie client", "Deuxième vente", "Entonnoir des étapes", "À risque",
                  "Premier achat -> Valeur confirmée", "12 derniers mois"):
        assert words in french.stdout, words
    for words in ("Lifetime value", "Second sale", "First purchase", "customers who bought"):
        assert words not in french.stdout, words


def test_an_import_says_what_it_did_in_french(book, tmp_path):
    cards = tmp_path / "deux.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre {n}\r\nEMAIL:zoe{n}@exemple.fr\r\n"
        "END:VCARD\r\n" for n in (1, 2)), encoding="utf-8")
    tried = _run(FRENCH, "import", str(cards), "--dry-run", data_dir=book)
    assert tried.returncode == 0, tried.stderr
    assert tried.stdout.strip() == ("Ajouterait 2 clients et en fusionnerait 0 avec un client "
                                    "existant")  # 0 takes the singular in French
    done = _run(FRENCH, "import", str(cards), data_dir=book)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "deux.vcf importé : 2 ajoutés, 0 fusionné avec un client existant"
    again = _run(ENGLISH, "import", str(cards), data_dir=book)
    assert again.stdout.strip() == ("Imported deux.vcf: 0 added, 0 merged into existing "
                                    "customers, 2 already up to date")


def test_errors_are_one_french_line(book, tmp_path):
    missing = _run(FRENCH, "import", str(tmp_path / "absent.vcf"), data_dir=book)
    assert missing.returncode == 1
    assert missing.stderr == f"loyaltydesk: {tmp_path / 'absent.vcf'} n’est pas un fichier\n"
    bad_moment = _run(FRENCH, "due", "--at", "demain", data_dir=book)
    assert bad_moment.returncode == 1
    assert bad_moment.stderr == ("loyaltydesk: 'demain' n’est pas une date et une heure ISO "
                                 "(comme 2026-11-24T09:30)\n")
    no_book = _run(FRENCH, "decrypt", data_dir=tmp_path / "vide")
    assert no_book.returncode == 1 and "Les données ne sont pas chiffrées" in no_book.stderr
    assert "Traceback" not in missing.stderr + bad_moment.stderr + no_book.stderr


def test_an_export_is_confirmed_in_french_and_its_file_is_the_same_in_both(book, tmp_path):
    written = {}
    for name, language in (("fr", FRENCH), ("en", ENGLISH)):
        target = tmp_path / f"clients-{name}.csv"
        result = _run(language, "export", "--format", "csv", "-o", str(target), data_dir=book)
        assert result.returncode == 0, result.stderr
        written[name] = (result.stdout.strip(), target.read_bytes())
    assert written["fr"][0].startswith("Exporté : ")
    assert " lignes pour " in written["fr"][0] and " clients écrites dans " in written["fr"][0]
    assert written["en"][0].startswith("Exported ") and " rows for " in written["en"][0]
    assert written["fr"][1] == written["en"][1]


@pytest.mark.parametrize("args", [
    ("report", "--json", "--at", AT),
    ("team", "status", "--json"),
    ("conflicts", "--json"),
    ("due", "--at", LATER),
    ("due", "--losing-touch", "--at", LATER),
])
def test_what_scripts_read_never_changes_with_the_language(book, args):
    french = _run(FRENCH, *args, data_dir=book)
    english = _run(ENGLISH, *args, data_dir=book)
    assert french.returncode == english.returncode == 0, french.stderr + english.stderr
    assert french.stdout == english.stdout
    assert french.stdout.strip(), "the command printed nothing to compare"
    if "--json" in args:
        json.loads(french.stdout)


def test_counts_for_people_are_grouped_the_locales_way(book, tmp_path):
    """'1,200 customers' in English and '1 200 clients' in French; `due` and --json stay plain."""
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEND:VCARD\r\n"
                             for n in range(1200)), encoding="utf-8")
    english = _run(ENGLISH, "import", str(cards), "--dry-run", data_dir=book)
    assert english.stdout.startswith("Would add 1,200 customers"), english.stdout
    french = _run(FRENCH, "import", str(cards), "--dry-run", data_dir=book)
    assert french.stdout.startswith("Ajouterait 1\u202f200 clients"), french.stdout


def test_a_broken_csv_is_named_in_one_french_line_and_english_stays_english(book, tmp_path):
    sales = tmp_path / "achats.csv"
    sales.write_text("Date,Email,Amount,Currency\n2026-03-02,zoe1@exemple.fr,12.50,EUR\n"
                     "2026-03-03,zoe1@exemple.fr,abc,EUR\n", encoding="utf-8")
    french = _run(FRENCH, "import", str(sales), data_dir=book)
    assert french.returncode == 1
    assert french.stderr == ("loyaltydesk: achats.csv : ligne 3 : le montant 'abc' n’est pas "
                             "une somme d’argent ; rien n’a été importé\n")
    english = _run(ENGLISH, "import", str(sales), data_dir=book)
    assert english.returncode == 1
    assert english.stderr == ("loyaltydesk: achats.csv: line 3: the amount 'abc' is not an "
                              "amount of money; nothing was imported\n")


def test_a_bad_vcard_is_named_by_its_card_in_french(book, tmp_path):
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne {n}\r\nEMAIL:p{n}@exemple.fr\r\n"
             "END:VCARD\r\n" for n in range(3)]
    cards[1] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Coupée\r\n"  # no END before the next card
    path = tmp_path / "trois.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    french = _run(FRENCH, "import", str(path), data_dir=book)
    assert french.returncode == 1
    assert french.stderr.count("\n") == 1 and french.stderr.startswith("loyaltydesk: trois.vcf")
    assert ("1 fiche illisible(s) (fiche 2 (ligne 6) n’a pas de END:VCARD avant que la fiche "
            "suivante commence à la ligne 9)") in french.stderr
    assert "card" not in french.stderr and "line" not in french.stderr
    skipped = _run(FRENCH, "import", str(path), "--skip-bad", "--dry-run", data_dir=book)
    assert skipped.returncode == 0, skipped.stderr
    assert "fiche 2 (ligne 6) n’a pas de END:VCARD" in skipped.stdout
    english = _run(ENGLISH, "import", str(path), data_dir=book)
    assert "1 card cannot be read (card 2 (line 6) has no END:VCARD before the next card " \
        "starts on line 9)" in english.stderr


def test_a_note_on_a_file_reads_french(book, tmp_path):
    sales = tmp_path / "ventes.csv"
    sales.write_text("Date,Email,Amount\n03/04/2026,zoe1@exemple.fr,12.50\n", encoding="utf-8")
    french = _run(FRENCH, "import", str(sales), "--dry-run", data_dir=book)
    assert french.returncode == 0, french.stderr
    assert french.stdout.splitlines()[0] == ("remarque : les dates comme 03/04/2026 ont été lues "
                                             "jour en premier (3 avril 2026)")
    english = _run(ENGLISH, "import", str(sales), "--dry-run", data_dir=book)
    assert english.stdout.splitlines()[0] == ("note: dates like 03/04/2026 were read day first "
                                              "(3 April 2026)")


def test_phone_sync_refusals_read_french(book):
    pytest.importorskip("caldav")
    plain = _run(FRENCH, "dav", "connect", "http://dav.example.com", "--user", "zoe",
                 data_dir=book)
    assert plain.returncode == 1
    assert plain.stderr == ("loyaltydesk: L’adresse du serveur doit commencer par https:// (le "
                            "simple http n’est permis que pour cet ordinateur)\n")
    not_set_up = _run(FRENCH, "dav", "sync", data_dir=book)
    assert not_set_up.returncode == 1
    assert not_set_up.stderr == ("loyaltydesk: La synchronisation du téléphone n’est pas "
                                 "configurée (loyaltydesk dav connect URL --user U)\n")
    english = _run(ENGLISH, "dav", "sync", data_dir=book)
    assert english.stderr == ("loyaltydesk: Phone sync is not set up (loyaltydesk dav connect "
                              "URL --user U)\n")


def test_a_service_refusal_reads_french(book):
    again = _run(FRENCH, "demo", "--customers", "3", data_dir=book)
    assert again.returncode == 1
    assert again.stderr == ("loyaltydesk: La démonstration ne se construit que dans une base de "
                            "données vide\n")
    english = _run(ENGLISH, "demo", "--customers", "3", data_dir=book)
    assert english.stderr == "loyaltydesk: The demo is only built into an empty database\n"
