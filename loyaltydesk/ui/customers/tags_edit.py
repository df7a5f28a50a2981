"""A line where tags are typed comma-separated, completing the tag being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from loyaltydesk.domain.contacts import parse_tags


class _LastTagCompleter(QCompleter):
    """Completes only the text after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:  # Qt's name
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # Qt's name
        line = self.widget()
        typed = line.text() if isinstance(line, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data()) + ", "


class TagsEdit(QLineEdit):
    """Tags for the values and interests a customer shares with the business."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Values and interests, separated by commas"))
        self._model = QStringListModel(self)
        completer = _LastTagCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(tags)

    def tags(self) -> list[str]:
        return parse_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))
