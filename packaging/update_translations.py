"""Bring the Qt Linguist catalogues in step with the code (run it after changing any text).

Runs pyside6-lupdate over the package (new strings appear as unfinished, vanished ones go) and
fills the English catalogue's plural forms from the source text ("%n day(s)" -> "%n day",
"%n days"), since English is the language the code is written in.
"""

from __future__ import annotations

import ast
import copy
import re
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
        subprocess.run([lupdate(), *sources(), "-no-obsolete", "-locations", "relative",
                        "-source-language", "en", "-target-language", language,
                        "-ts", str(catalogue)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def english_forms(source: str) -> tuple[str, str]:
    for marker, plural in (("(es)", "es"), ("(s)", "s"), ("(ies)", "ies")):
        if marker in source:
            singular = source.replace(marker, "y" if marker == "(ies)" else "")
            return singular, source.replace(marker, plural)
    return source, source


# What lupdate cannot know: the class behind `window.tr(...)`, and the context a module's own
# `tr(text)` helper passes to QCoreApplication.translate.
_OBJECT_CONTEXTS = {"window": "MainWindow", "self.window": "MainWindow", "box": "QMessageBox",
                    "f": "ContactSheet"}  # a sheet's Formats carries the sheet's own tr
_HELPER = re.compile(r'QCoreApplication\.translate\(\s*(?:"([^"]+)"|(_CONTEXT))')
_CONTEXT_CONSTANT = re.compile(r'^_CONTEXT\s*=\s*"([^"]+)"', re.M)
# A module whose tr comes from its caller names the caller's context in a comment.
_CONTEXT_COMMENT = re.compile(r"^# Translation context: (\w+)", re.M)




def _module_context(path: Path) -> str | None:
    """The context of the module's tr helper: its own, or the one it imports."""
    text = path.read_text(encoding="utf-8")
    comment = _CONTEXT_COMMENT.search(text)
    if comment:
        return comment.group(1)
    for match in _HELPER.finditer(text):
        if match.group(1):
            return match.group(1)
        constant = _CONTEXT_CONSTANT.search(text)
        if constant:
            return constant.group(1)
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("loyaltydesk") \
                and any((a.asname or a.name) in ("tr", "_tr") for a in node.names):
            module = ROOT.joinpath(*node.module.split("."))
            for candidate in (module.with_suffix(".py"), module / "__init__.py"):
                if candidate.exists():
                    return _module_context(candidate)
    return None


def place_contexts(catalogue: Path) -> None:
    """Give each text the context it is looked up under at run time, then drop locations.

    A text written in several modules (lupdate keeps it once) goes to the context of each."""
    tree = ET.parse(catalogue)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    files: dict[int, list[Path]] = {}
    # A location without a file name is in the file of the one before it in its message, and
    # a message's first one in the file of the message before's first one.
    current: Path | None = None
    for message in root.iter("message"):
        found: list[Path] = []
        here = current
        for number, location in enumerate(message.findall("location")):
            if location.get("filename"):
                here = (catalogue.parent / location.get("filename")).resolve()
            if number == 0:
                current = here
            if here is not None and here not in found:
                found.append(here)
        files[id(message)] = found
    looked_up = _looked_up(contexts)
    for name, context in list(contexts.items()):
        for message in list(context.iter("message")):
            targets = [_OBJECT_CONTEXTS[name]] if name in _OBJECT_CONTEXTS else []
            if not targets and (name == "" or name not in looked_up):
                targets = [_module_context(path) for path in files.get(id(message), [])
                           if path.exists()]
            targets = list(dict.fromkeys(t for t in targets if t))
            if not targets or targets == [name]:
                continue
            if name not in targets:
                context.remove(message)
            for target in targets:
                if target != name:
                    _add_to(root, contexts, target, message)
    for context in list(root.iter("context")):
        for message in context.iter("message"):
            for location in message.findall("location"):
                message.remove(location)
        if not context.findall("message"):
            root.remove(context)
    _write(tree, catalogue)


def _add_to(root: ET.Element, contexts: dict, target: str, message: ET.Element) -> None:
    destination = contexts.get(target)
    if destination is None:
        destination = ET.SubElement(root, "context")
        ET.SubElement(destination, "name").text = target
        contexts[target] = destination
    sources = {m.findtext("source") for m in destination.iter("message")}
    if message.findtext("source") not in sources:
        destination.append(copy.deepcopy(message))


def _looked_up(contexts: dict) -> set[str]:
    """Contexts that are real class names or helper contexts (not a variable lupdate saw)."""
    return {n for n in contexts if n and (n[0].isupper() or n in ("followups",))}


# `count_text(n, "{n} customer", "{n} customers")` translates its two forms under this context
# (its module's tr): lupdate cannot see them, so they are added here.
_COUNT_TEXT = ("count_text", "Customers")


def add_count_texts(catalogue: Path) -> None:
    """The two forms of every `count_text` call, and the words of every module-level table
    named ..._LABELS (a kind's or a channel's name), which each module's tr translates."""
    wanted: dict[str, set[str]] = {}
    for path in (ROOT / "loyaltydesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == _COUNT_TEXT[0]:
                wanted.setdefault(_COUNT_TEXT[1], set()).update(
                    a.value for a in node.args[1:3]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str))
        context = None
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            if any(getattr(t, "id", "").endswith("_LABELS") for t in targets) \
                    and isinstance(node.value, ast.Dict):
                context = context or _module_context(path)
                if context:
                    wanted.setdefault(context, set()).update(
                        v.value for v in node.value.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
    tree = ET.parse(catalogue)
    root = tree.getroot()
    for name, texts in sorted(wanted.items()):
        context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        have = {m.findtext("source") for m in context.iter("message")}
        for text in sorted(texts - have):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    _write(tree, catalogue)


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


def finished(catalogue: Path) -> dict[tuple[str, str], ET.Element]:
    """The translations a person finished, by context and text."""
    if not catalogue.exists():
        return {}
    done = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                done[(context.findtext("name") or "", message.findtext("source") or "")] = \
                    translation
    return done


def keep_finished(catalogue: Path, done: dict[tuple[str, str], ET.Element]) -> None:
    """lupdate reads the contexts place_contexts gave as texts gone from the code, and offers
    them back as unfinished guesses: what a person had finished stays finished."""
    tree = ET.parse(catalogue)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kept = done.get((context.findtext("name") or "", message.findtext("source") or ""))
            if translation is None or translation.get("type") != "unfinished" or kept is None:
                continue
            message.remove(translation)
            message.append(copy.deepcopy(kept))
    _write(tree, catalogue)


def main(argv: list[str]) -> int:
    catalogues = [FOLDER / f"loyaltydesk_{language}.ts" for language in LANGUAGES]
    done = {catalogue: finished(catalogue) for catalogue in catalogues}
    update(catalogues)
    for catalogue in catalogues:
        place_contexts(catalogue)
        add_count_texts(catalogue)
        mark_plurals(catalogue)
        keep_finished(catalogue, done[catalogue])
    fill_english_plurals(FOLDER / "loyaltydesk_en.ts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
