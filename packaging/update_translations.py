"""Bring the Qt Linguist catalogues in step with the code (run it after changing any text).

Runs pyside6-lupdate over the package (new strings appear as unfinished, vanished ones go) and
fills the English catalogue's plural forms from the source text ("%n day(s)" -> "%n day",
"%n days"), since English is the language the code is written in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "loyaltydesk").rglob("*.py"))


def update(catalogues: list[Path]) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for catalogue in catalogues:
        language = catalogue.stem.rpartition("_")[2]
        subprocess.run([lupdate(), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language,
                        "-ts", str(catalogue)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def english_forms(source: str) -> tuple[str, str]:
    for marker, plural in (("(es)", "es"), ("(s)", "s"), ("(ies)", "ies")):
        if marker in source:
            singular = source.replace(marker, "")
            if marker == "(ies)":
                singular = singular.replace("ies", "y")
            return singular, source.replace(marker, plural)
    return source, source


def mark_plurals(catalogue: Path) -> None:
    """Every text with %n has plural forms (lupdate sees them only when the count is a literal)."""
    tree = ET.parse(catalogue)
    for message in tree.iter("message"):
        if "%n" not in (message.findtext("source") or "") or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if not translation.findall("numerusform"):
            single = translation.text
            translation.text = None
            ET.SubElement(translation, "numerusform").text = single
            if single:  # a language with one form needs only it; French takes two
                ET.SubElement(translation, "numerusform").text = single
    _write(tree, catalogue)


def fill_english_plurals(catalogue: Path) -> None:
    tree = ET.parse(catalogue)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        one, many = english_forms(message.findtext("source") or "")
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        forms[0].text, forms[1].text = one, many
        translation.attrib.pop("type", None)
    _write(tree, catalogue)


def _write(tree: ET.ElementTree, catalogue: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalogue.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                         encoding="utf-8")


def main(argv: list[str]) -> int:
    catalogues = [FOLDER / f"loyaltydesk_{language}.ts" for language in LANGUAGES]
    update(catalogues)
    for catalogue in catalogues:
        mark_plurals(catalogue)
    fill_english_plurals(FOLDER / "loyaltydesk_en.ts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
