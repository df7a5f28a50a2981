"""Which language LoyaltyDesk speaks, and the Qt Linguist catalogues that make it speak it.

The catalogues are Qt Linguist `.ts` files under resources/translations; the build compiles
them to `.qm` beside them. A source checkout that was never built compiles them on first use
into the user's cache folder, with the `lrelease` that ships with PySide6.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from loyaltydesk import APP_NAME
from loyaltydesk.domain import words
from loyaltydesk.resources_path import resource

LANGUAGES = ("en", "fr")
SETTING = "language"  # "" follows the system; else one of LANGUAGES
ENV_LANGUAGE = "LOYALTYDESK_LANGUAGE"
CATALOGUE = "loyaltydesk_{}"

_installed: list[QTranslator] = []
_in_use = ["en"]


def chosen_language() -> str:
    """The language picked in Preferences, else $LOYALTYDESK_LANGUAGE, else the system's."""
    wanted = saved_choice() if QCoreApplication.instance() else ""
    wanted = wanted or os.environ.get(ENV_LANGUAGE, "")
    if wanted in LANGUAGES:
        return wanted
    return system_language()


def system_language() -> str:
    """The system's language when we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].casefold()
        if code in LANGUAGES:
            return code
    return "en"


def saved_choice() -> str:
    """What Preferences hold: '' when the language follows the system."""
    value = str(QSettings().value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def save_choice(language: str) -> None:
    """Remember the language for the next start ('' follows the system)."""
    if language and language not in LANGUAGES:
        raise ValueError(f"LoyaltyDesk does not speak {language!r}")
    QSettings().setValue(SETTING, language)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogues for `language` (default: the chosen one) into `app`; returns it.

    English loads a catalogue too: it holds the plural forms ("%n day(s)" -> "1 day").
    """
    language = language or chosen_language()
    load(app, language)
    _follow_language(language)
    return language


_command_line: list[QCoreApplication] = []


def for_command_line() -> str:
    """The command line's words for people in the system's language (a script's output, CSV
    and --json never change with it); returns the language."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0]])
        _command_line.append(app)
    return install(app, system_language())


def load(app: QCoreApplication, language: str) -> None:
    """Install our catalogue and Qt's own for `language`, replacing any loaded before."""
    remove()
    _in_use[0] = language
    words.use_catalogue(_translate)  # the Qt-free layers' messages, in this language too
    catalogue = compiled_catalogue(language)
    if catalogue is not None:
        _load(app, str(catalogue.parent), catalogue.stem)
    if language != "en":
        _load(app, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
              f"qtbase_{language}")


def _translate(context: str, text: str, count: int) -> str:
    return QCoreApplication.translate(context, text, None, count)


def language_in_use() -> str:
    """The language whose catalogue is loaded now ('en' when none is)."""
    return _in_use[0]


def remove() -> None:
    _in_use[0] = "en"
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def _load(app: QCoreApplication, folder: str, name: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def _follow_language(language: str) -> None:
    """Dates and money follow the language picked, in the system's country where it has one."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().startswith(language):
        QLocale.setDefault(system)
        return
    fallback = {"en": "en_GB", "fr": "fr_FR"}[language]
    country = system.name().partition("_")[2]
    candidate = QLocale(f"{language}_{country}") if country else QLocale(fallback)
    if candidate.language() == QLocale.Language.C or not candidate.name().startswith(language):
        candidate = QLocale(fallback)
    QLocale.setDefault(candidate)


# ---------------------------------------------------------------------------------------------
# Catalogues


def source_catalogue(language: str) -> Path | None:
    source = resource("translations", CATALOGUE.format(language) + ".ts")
    return Path(str(source)) if source.is_file() else None


def compiled_catalogue(language: str) -> Path | None:
    """The .qm for `language`: the built one, else one compiled now from the .ts."""
    built = resource("translations", CATALOGUE.format(language) + ".qm")
    source = source_catalogue(language)
    if built.is_file():
        path = Path(str(built))
        if source is None or path.stat().st_mtime >= source.stat().st_mtime:
            return path
    if source is None:
        return None
    import zlib  # already loaded with Qt: hashlib would load OpenSSL at every start

    text = source.read_bytes()
    digest = f"{len(text):x}-{zlib.crc32(text):08x}"
    cache = Path(appdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"
    target = cache / f"{CATALOGUE.format(language)}-{digest}.qm"
    if not target.is_file():
        import subprocess  # here and below: compiling a catalogue is rare, start-up skips it

        try:
            compile_catalogue(source, target)
        except (OSError, subprocess.CalledProcessError):
            return None  # English words rather than no window at all
    return target


def lrelease() -> str:
    """Qt's catalogue compiler, as PySide6 ships it."""
    import shutil

    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      folder / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise OSError("Qt's lrelease was not found")
    return found


def compile_catalogue(source: Path, target: Path) -> None:
    """Compile one .ts into a .qm, written whole or not at all."""
    import subprocess

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(partial)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.replace(partial, target)


def main(argv: list[str] | None = None) -> int:
    """`python -m loyaltydesk.translations FOLDER`: compile every catalogue into FOLDER."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(str(resource("translations")))
    for language in LANGUAGES:
        source = source_catalogue(language)
        if source is not None:
            compile_catalogue(source, folder / (source.stem + ".qm"))
    return 0


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt Linguist in `context` (lupdate finds the call by this name) and gives
    it back as it is; the binding's own says it returns an object, not the text."""
    return text


if __name__ == "__main__":
    raise SystemExit(main())
