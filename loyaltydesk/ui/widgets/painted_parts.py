"""What a painted widget shows, told to screen readers: each drawn part as an accessible child.

A widget that paints its own content (the stage ladder, the week's hours, a bar chart) has no
child widgets for assistive technology to read. It says what it drew by giving
`accessible_parts()`, a list of `Part`s, and an `accessible_role`; the factory installed here
turns that into a `QAccessibleInterface` whose children are the parts, with their names, their
place on screen, and which one has the keyboard's attention.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

Role = QAccessible.Role


@dataclass(frozen=True)
class Part:
    """One drawn thing: what it says, where it is (in the widget's coordinates)."""

    name: str
    rect: QRect
    description: str = ""
    current: bool = False  # the part the keyboard acts on (the chosen block, the current bar)
    role: QAccessible.Role = Role.ListItem


def _parts(widget: QWidget) -> list[Part]:
    """The parts a painted widget says it drew (none from a widget that says nothing)."""
    told = getattr(widget, "accessible_parts", None)
    return list(told()) if told is not None else []


class PartInterface(QAccessibleInterface):
    """A part, read live from its widget by position: it never holds stale words."""

    def __init__(self, owner: PaintedInterface, index: int) -> None:
        super().__init__()
        self._owner = owner
        self._index = index

    def _part(self) -> Part | None:
        parts = self._owner.parts()
        return parts[self._index] if self._index < len(parts) else None

    def isValid(self) -> bool:  # Qt's name
        return self._owner.isValid() and self._part() is not None

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        return None

    def window(self) -> QWindow:  # Qt's name
        return self._owner.window()

    def relations(self, match=QAccessible.RelationFlag.AllRelations) -> list:  # Qt's name
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        return None

    def parent(self) -> QAccessibleInterface:  # Qt's name
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        return None

    def childCount(self) -> int:  # Qt's name
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Qt's name
        return -1

    def text(self, kind: QAccessible.Text) -> str:  # Qt's name
        part = self._part()
        if part is None:
            return ""
        if kind == QAccessible.Text.Name:
            return part.name
        if kind == QAccessible.Text.Description:
            return part.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # Qt's name
        """The parts are read-only."""

    def rect(self) -> QRect:  # Qt's name
        part = self._part()
        widget = self._owner.widget()
        if part is None or widget is None:
            return QRect()
        return QRect(widget.mapToGlobal(part.rect.topLeft()), part.rect.size())

    def role(self) -> QAccessible.Role:  # Qt's name
        part = self._part()
        return part.role if part is not None else Role.NoRole

    def state(self) -> QAccessible.State:  # Qt's name
        state = QAccessible.State()
        part = self._part()
        widget = self._owner.widget()
        state.selectable = True
        state.focusable = True
        if part is not None and part.current:
            state.selected = True
            state.focused = widget is not None and widget.hasFocus()
        if widget is None or not widget.isVisible():
            state.invisible = True
        return state


class PaintedInterface(QAccessibleWidget):
    """The widget itself, its name and description as set on it, and its parts as children."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, getattr(widget, "accessible_role", Role.Graphic))
        # Part interfaces live as long as this one: a screen reader may hold on to them.
        self._children: list[PartInterface] = []

    def parts(self) -> list[Part]:
        widget = self.widget()
        return _parts(widget) if widget is not None else []

    def childCount(self) -> int:  # Qt's name
        return len(self.parts())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        if not 0 <= index < self.childCount():
            return None
        while len(self._children) <= index:
            self._children.append(PartInterface(self, len(self._children)))
        return self._children[index]

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Qt's name
        return next((i for i, c in enumerate(self._children) if c is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        widget = self.widget()
        if widget is None:
            return None
        local = widget.mapFromGlobal(QPoint(x, y))
        index = next((i for i, p in enumerate(self.parts()) if p.rect.contains(local)), -1)
        return self.child(index) if index >= 0 else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes nullptr: the stubs miss the None
        index = next((i for i, p in enumerate(self.parts()) if p.current), -1)
        return self.child(index) if index >= 0 else None


_painted: set[str] = set()  # the class names of the painted widgets


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    # Only the class name is read before deciding: Qt asks for every object, some of them
    # still being built, and touching one of those from Python would wrap it too early.
    if key in _painted and isinstance(obj, QWidget):
        return PaintedInterface(obj)
    return None


def install(painted: type[QWidget]) -> None:
    """Teach Qt's accessibility to ask widgets of class `painted` for their parts."""
    if not _painted:
        QAccessible.installFactory(_factory)
    _painted.add(painted.__name__)


def announce_current(widget: QWidget) -> None:
    """Tell a listening screen reader that the part with the keyboard's attention changed."""
    if not QAccessible.isActive():
        return
    index = next((i for i, p in enumerate(_parts(widget)) if p.current), -1)
    if index < 0:
        return
    for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
        if kind == QAccessible.Event.Focus and not widget.hasFocus():
            continue
        event = QAccessibleEvent(widget, kind)
        event.setChild(index)
        QAccessible.updateAccessibility(event)

