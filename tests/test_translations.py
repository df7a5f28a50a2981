"""The Qt Linguist catalogues: in step with the code, compiled, loaded for the language chosen."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from loyaltydesk import formats, translations

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def entries(catalogue: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(catalogue)
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in tree.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory) -> Path:
    """The catalogues as the update script makes them from today's code, in a scratch copy."""
    scratch = tmp_path_factory.mktemp("catalogues")
    shutil.copytree(ROOT / "loyaltydesk", scratch / "loyaltydesk",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copytree(FOLDER, scratch / "resources" / "translations")
    (scratch / "packaging").mkdir()
    shutil.copy(ROOT / "packaging" / "update_translations.py", scratch / "packaging")
    subprocess.run([sys.executable, str(scratch / "packaging" / "update_translations.py")],
                   check=True, capture_output=True)
    return scratch / "resources" / "translations"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_in_the_code_has_an_entry_in_the_catalogue(fresh_catalogues, language):
    name = f"loyaltydesk_{language}.ts"
    committed, fresh = entries(FOLDER / name), entries(fresh_catalogues / name)
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    hint = "run packaging/update_translations.py"
    assert not missing, f"{hint}: {len(missing)} new, e.g. {missing[:5]}"
    assert not stale, f"{hint}: {len(stale)} gone, e.g. {stale[:5]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_updating_the_catalogues_keeps_every_finished_translation(fresh_catalogues, language):
    """Running the update script on code whose strings are all in the catalogue changes no
    translation and leaves nothing to finish again."""
    name = f"loyaltydesk_{language}.ts"
    committed, fresh = entries(FOLDER / name), entries(fresh_catalogues / name)
    redone = [key for key, message in committed.items()
              if message.find("translation").get("type") is None and key in fresh
              and (fresh[key].find("translation").get("type") is not None
                   or ET.tostring(fresh[key].find("translation"))
                   != ET.tostring(message.find("translation")))]
    assert not redone, f"{len(redone)} finished translations changed, e.g. {redone[:5]}"


def test_english_plurals_have_both_forms():
    for (context, source), message in entries(FOLDER / "loyaltydesk_en.ts").items():
        if "%n" in source:
            forms = [f.text for f in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), (context, source)


def test_the_english_catalogue_gives_singular_and_plural():
    assert formats.days(1) == "1 day"
    assert formats.days(2) == "2 days"
    assert formats.duration(700) == "almost 2 years"


def test_french_speaks_french_and_follows_french_formats(qapp):
    default = QLocale()
    try:
        translations.install(qapp, "fr")
        assert QLocale().language() == QLocale.Language.French
        assert formats.days(0) == "0 jour"
        assert formats.days(1) == "1 jour"
        assert formats.days(3) == "3 jours"
        assert formats.duration(1816) == "presque 5 ans"
        assert QCoreApplication.translate("Formats", "yesterday") == "hier"
        assert formats.money(153099, "EUR").replace("\u202f", " ").replace("\u00a0", " ") \
            == "1 530,99 €"
    finally:
        translations.load(qapp, "en")
        QLocale.setDefault(default)


def test_a_checkout_never_built_compiles_its_catalogue_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    built = FOLDER / "loyaltydesk_fr.qm"
    if built.exists():  # an installed wheel carries it; a checkout compiles into the cache
        assert translations.compiled_catalogue("fr") == built
        return
    compiled = translations.compiled_catalogue("fr")
    assert compiled is not None and compiled.is_file()
    assert str(compiled).startswith(str(tmp_path / "cache"))


def test_the_language_chosen_in_preferences_wins_over_the_system(qapp, monkeypatch):
    monkeypatch.delenv(translations.ENV_LANGUAGE, raising=False)
    translations.save_choice("fr")
    assert translations.chosen_language() == "fr"
    translations.save_choice("")
    assert translations.chosen_language() == translations.system_language()
    with pytest.raises(ValueError):
        translations.save_choice("xx")


def test_every_text_has_its_french():
    unfinished = [(context, source)
                  for (context, source), message in entries(FOLDER / "loyaltydesk_fr.ts").items()
                  if message.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"{len(unfinished)} texts have no French yet, e.g. {unfinished[:5]}"
