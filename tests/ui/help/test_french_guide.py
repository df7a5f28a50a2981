"""The user guide in French: a French page for every English one, opened by Help in French."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument

from loyaltydesk.ui.help.guide import PAGES, UserGuide, guide_folder, page_text
from loyaltydesk.ui.main_window import MainWindow


class _Page(HTMLParser):
    """What a page points at (pictures, links, style) and its visible words."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []
        self.words: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        self.refs.extend((tag, value) for key, value in attrs if key in ("src", "href"))

    def handle_data(self, data):
        self.words.extend(data.split())


def test_every_english_page_of_the_guide_has_its_french_page():
    english, french = guide_folder("en"), guide_folder("fr")
    assert french != english and french.name == "fr"
    english_pages = {p.name for p in english.glob("*.html")}
    assert english_pages == {f"{name}.html" for name in PAGES}
    assert {p.name for p in french.glob("*.html")} == english_pages


@pytest.mark.parametrize("name", PAGES)
def test_a_french_page_shows_the_same_pictures_and_links_in_french_words(name):
    english = _Page(guide_folder("en") / f"{name}.html")
    french = _Page(guide_folder("fr") / f"{name}.html")
    for ref_tag, ref in french.refs:
        assert (guide_folder("fr") / ref).is_file(), f"fr/{name}.html names {ref} ({ref_tag})"
    pictures = {Path(ref).name for tag, ref in english.refs if tag == "img"}
    assert {Path(ref).name for tag, ref in french.refs if tag == "img"} == pictures
    links = {Path(ref).name for tag, ref in english.refs if tag == "a"}
    assert {Path(ref).name for tag, ref in french.refs if tag == "a"} == links
    english_words = {w.casefold() for w in english.words}
    french_words = {w.casefold() for w in french.words}
    assert {"le", "la", "les", "des"} & french_words, f"fr/{name}.html is not in French"
    shared = {w for w in french_words & english_words if w.isalpha() and len(w) > 3}
    assert len(shared) <= len(french_words) // 5, f"fr/{name}.html reads English: {shared}"


def test_help_opens_the_french_guide_when_the_window_speaks_french(qtbot, data, french):
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("today")
    window.findChild(QAction, "user_guide").trigger()
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() != "LoyaltyDesk user guide"
    assert guide.current_page() == "today"
    shown = guide.page_document().toPlainText()
    assert "perdent le contact" in shown and "losing touch" not in shown
    titles = [guide.pages.item(r).text() for r in range(guide.pages.count())]
    assert titles == [page_text(name, guide_folder("fr"))[0] for name in PAGES]
    assert "Bien démarrer" in titles and "Getting started" not in titles
    guide.search.setText("reporter")
    assert [guide.pages.item(r).text() for r in range(guide.pages.count())] == ["Aujourd’hui"]
    assert guide.found_text().casefold() == "reporter"
    picture = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl("../screens/today.png"))
    assert picture is not None and not picture.isNull()  # the shared screenshot is found


def test_help_opens_the_english_guide_in_english(qtbot, data):
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.open_page("today")
    assert "losing touch" in guide.page_document().toPlainText()
