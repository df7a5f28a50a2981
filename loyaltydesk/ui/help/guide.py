"""The user guide: bundled pages with their screenshots, read offline, searchable."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import translations
from loyaltydesk.resources_path import resource
from loyaltydesk.ui import theme
from loyaltydesk.ui.widgets.wrapped_list import wrap_lines

# The guide's pages, in reading order; a view's key opens its own page.
PAGES = ("index", "customers", "pipeline", "calendar", "today", "insights", "exchange", "look")
_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def guide_folder(language: str | None = None) -> Path:
    """The guide in `language` (default: the one the window speaks); English is the top
    folder, each other language a folder named for it, sharing the screenshots."""
    top = Path(str(resource("guide")))
    language = language or translations.language_in_use()
    own = top / language
    return own if language != "en" and own.is_dir() else top


class GuideBrowser(QTextBrowser):
    """Shows a page's screenshots in the palette the window wears: 'customers.png' in the
    light one, 'customers-dark.png' beside it in the dark one."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # Qt's name
        url = QUrl(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and theme.is_dark(
                self.palette()):
            shown = self.source().resolved(url) if url.isRelative() else url
            path = Path(shown.toLocalFile())
            dark = path.with_name(f"{path.stem}-dark{path.suffix}")
            if path.parent.name == "screens" and dark.is_file():
                return QImage(str(dark))
        return super().loadResource(kind, url)


def page_text(name: str, folder: Path | None = None) -> tuple[str, str]:
    """A page's title and its words without markup, for the search."""
    html = ((folder or guide_folder()) / f"{name}.html").read_text(encoding="utf-8")
    title = _TITLE.search(html)
    body = unescape(_TAG.sub(" ", html.split("</head>", 1)[-1]))
    return (unescape(title.group(1)) if title else name), " ".join(body.split())


class UserGuide(QDialog):
    """Pages on the left (only those holding every searched word), the page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserGuide")
        self.setWindowTitle(self.tr("LoyaltyDesk user guide"))
        self.folder = guide_folder()
        self._texts = {name: page_text(name, self.folder) for name in PAGES}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.pages = wrap_lines(QListWidget())
        self.pages.setAccessibleName(self.tr("Guide pages"))
        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.browser = GuideBrowser()
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self._build()
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        self.pages.currentItemChanged.connect(self._show_item)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self._filter("")
        self.resize(1000, 640)

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.no_match)
        column.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def open_page(self, name: str) -> None:
        """Show `name` (a view's key or a page), whatever the search shows."""
        name = name if name in PAGES else "index"
        if self.search.text():
            self.search.clear()
        for row in range(self.pages.count()):
            if self.pages.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.pages.setCurrentRow(row)
                return

    def current_page(self) -> str:
        item = self.pages.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        keep = self.current_page()
        self.pages.blockSignals(True)
        self.pages.clear()
        for name in PAGES:
            title, body = self._texts[name]
            haystack = f"{title} {body}".casefold()
            if all(word in haystack for word in words):
                item = QListWidgetItem(title, self.pages)
                item.setData(Qt.ItemDataRole.UserRole, name)
        self.pages.blockSignals(False)
        found = self.pages.count() > 0
        self.no_match.setVisible(not found)
        self.no_match.setText(self.tr("No page mentions “%1”.").replace("%1", text.strip()))
        if found:
            names = [self.pages.item(r).data(Qt.ItemDataRole.UserRole)
                     for r in range(self.pages.count())]
            self.pages.setCurrentRow(names.index(keep) if keep in names else 0)
            self._show_item(self.pages.currentItem())

    def _show_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.browser.setSource(QUrl.fromLocalFile(
            str(self.folder / f"{item.data(Qt.ItemDataRole.UserRole)}.html")))
        self.find_next(from_top=True)

    def find_next(self, from_top: bool = False) -> bool:
        """Select the next place the searched words appear on the page."""
        words = self.search.text().split()
        if not words:
            return False
        if from_top:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        found = self.browser.find(words[0])
        if not found and not from_top:
            return self.find_next(from_top=True)
        return found

    def _follow(self, url: QUrl) -> None:
        name = Path(url.path()).stem
        if name in PAGES:
            self.open_page(name)

    def found_text(self) -> str:
        return self.browser.textCursor().selectedText()

    def page_document(self) -> QTextDocument:
        return self.browser.document()
