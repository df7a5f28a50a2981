"""The look: Fusion with a light or dark palette, the spacing, the type scale and the colours
that carry meaning (amber, red, stages, charts), chosen here and nowhere else (the style's own
touches are in loyaltydesk/ui/style.py).

Fusion is chosen on purpose: it draws the same on every platform and honours a dark palette
fully, where native styles mix system colours with ours.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.ui.style import LookStyle  # Fusion, its boxes outlined to be seen

_SETTING = "view/theme"

# Spacing, in pixels at 100 %: between related items, between groups, around a page.
SPACE = 6
GAP = 12
MARGIN = 12

# The type scale, as factors of the application font.
TITLE = 1.5
HEADING = 1.15
FIGURE = 1.35
SMALL = 0.9


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def theme_names() -> dict[Theme, str]:
    # spelt out: lupdate reads only QCoreApplication.translate(context, text) by that name
    return {Theme.SYSTEM: QCoreApplication.translate("Theme", "System"),
            Theme.LIGHT: QCoreApplication.translate("Theme", "Light"),
            Theme.DARK: QCoreApplication.translate("Theme", "Dark")}


# Window, base (lists, fields), alternate base, text, button, highlight, link, mid, tooltip.
_LIGHT = {
    "window": "#f3f4f6", "base": "#ffffff", "alternate": "#f7f8fa", "text": "#1d2430",
    "button": "#e9ebef", "highlight": "#2f6db5", "highlighted_text": "#ffffff",
    "link": "#1f5fae", "mid": "#b8bec8", "dark": "#8a93a3", "light": "#ffffff",
    "placeholder": "#5e6673", "disabled": "#7d8491", "tooltip": "#ffffff",
}
_DARK = {
    "window": "#202329", "base": "#17191e", "alternate": "#1d2026", "text": "#e6e8ec",
    "button": "#2c3038", "highlight": "#2a62a8", "highlighted_text": "#ffffff",
    "link": "#7fb4ff", "mid": "#4a505c", "dark": "#12141a", "light": "#3a3f49",
    "placeholder": "#9aa1ad", "disabled": "#8a909b", "tooltip": "#2c3038",
}

# Colours that carry meaning, as text or marks on the base and window colours of each palette.
# Each reaches 4.5:1 against both (tests/ui/test_theme.py computes it).
_MEANING = {
    False: {"amber": "#8a5300", "red": "#b3261e", "good": "#1e6b3a", "stuck": "#6f3b96",
            "chart": "#2c63a8", "chart_negative": "#b3261e", "muted": "#5e6673"},
    True: {"amber": "#ffc266", "red": "#ff8a80", "good": "#7ddc9a", "stuck": "#d7b3ff",
           "chart": "#78aef0", "chart_negative": "#ff8a80", "muted": "#a8afba"},
}
_STAGES = {
    False: {Stage.SUSPECT: "#5e6673", Stage.PROSPECT: "#1f5fae", Stage.FIRST_PURCHASE: "#8a5300",
            Stage.VALUE_CONFIRMED: "#1e6b3a", Stage.LOYAL: "#6f3b96", Stage.CLIENT: "#0b6a78",
            Stage.PARTNER: "#a3316f"},
    True: {Stage.SUSPECT: "#b0b7c2", Stage.PROSPECT: "#7fb4ff", Stage.FIRST_PURCHASE: "#ffc266",
           Stage.VALUE_CONFIRMED: "#7ddc9a", Stage.LOYAL: "#d7b3ff", Stage.CLIENT: "#6fd6e4",
           Stage.PARTNER: "#ff9ccf"},
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` with `share_of_b` of `b` mixed in (0: all `a`, 1: all `b`)."""
    keep = 1 - share_of_b
    return QColor(round(a.red() * keep + b.red() * share_of_b),
                  round(a.green() * keep + b.green() * share_of_b),
                  round(a.blue() * keep + b.blue() * share_of_b))


def meaning(name: str, palette: QPalette | None = None) -> QColor:
    """'amber', 'red', 'good', 'stuck', 'chart', 'chart_negative' or 'muted', readable on
    the palette's backgrounds."""
    return QColor(_MEANING[is_dark(palette)][name])


def stage_color(stage: Stage, palette: QPalette | None = None) -> QColor:
    return QColor(_STAGES[is_dark(palette)][stage])


def meaning_names() -> tuple[str, ...]:
    return tuple(_MEANING[False])


def palette_for(dark: bool) -> QPalette:
    """Our light or dark palette, every role set for the active, inactive and disabled groups."""
    c = {k: QColor(v) for k, v in (_DARK if dark else _LIGHT).items()}
    palette = QPalette()
    role = QPalette.ColorRole
    for name, roles in (("window", (role.Window,)), ("base", (role.Base,)),
                        ("alternate", (role.AlternateBase,)), ("button", (role.Button,)),
                        ("text", (role.WindowText, role.Text, role.ButtonText, role.ToolTipText,
                                  role.BrightText)),
                        ("highlight", (role.Highlight, role.Accent)),
                        ("highlighted_text", (role.HighlightedText,)), ("link", (role.Link,)),
                        ("mid", (role.Mid, role.Midlight)), ("dark", (role.Dark, role.Shadow)),
                        ("light", (role.Light,)), ("placeholder", (role.PlaceholderText,)),
                        ("tooltip", (role.ToolTipBase,))):
        for r in roles:
            palette.setColor(r, c[name])
    palette.setColor(role.LinkVisited, c["link"])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, c["disabled"])
    palette.setColor(disabled, role.Highlight, c["mid"])
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_wants_high_contrast() -> bool:
    """What the desktop's accessibility settings say (Qt reads the XDG portal's contrast on
    Linux, the high-contrast mode on Windows, "increase contrast" on macOS)."""
    hints = QGuiApplication.styleHints()  # held: PySide drops the child with a temporary
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def saved_theme() -> Theme:
    value = QSettings().value(_SETTING, Theme.SYSTEM.value)
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.SYSTEM


class _Notifier(QObject):
    changed = Signal()


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Emits `changed` after the palette changed: painted views drop their cached colours."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(QCoreApplication.instance())
    return _notifier


def apply(theme: Theme | str, *, remember: bool = False,
          high_contrast: bool | None = None) -> None:
    """Fusion with the theme's palette; `remember` keeps the choice for the next start.

    The System theme takes the desktop's own palette when the desktop asks for high contrast
    (`high_contrast`, else what the desktop says): its colours are the ones the person needs.
    """
    theme = Theme(theme)
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # the widgets' application: styles are theirs
    if not isinstance(app.style(), LookStyle):
        app.setStyle(LookStyle())
    if high_contrast is None:
        high_contrast = system_wants_high_contrast()
    dark = system_prefers_dark() if theme is Theme.SYSTEM else theme is Theme.DARK
    # An empty palette makes Qt fall back to the platform's, every role of it.
    app.setPalette(QPalette() if theme is Theme.SYSTEM and high_contrast else palette_for(dark))
    _follow_the_desktop()
    if remember:
        QSettings().setValue(_SETTING, theme.value)
    from loyaltydesk.ui import icons  # icons are tinted for the palette

    icons.refresh()
    notifier().changed.emit()


_followed: list[QObject] = []  # the hints listened to, held for the process's life


def _follow_the_desktop() -> None:
    """With the System theme, a change of the desktop's scheme or contrast applies at once."""
    if _followed:
        return
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    _followed.extend((hints, accessibility))
    hints.colorSchemeChanged.connect(_desktop_changed)
    accessibility.contrastPreferenceChanged.connect(_desktop_changed)


def _desktop_changed(*_args) -> None:
    if saved_theme() is Theme.SYSTEM:
        apply(Theme.SYSTEM)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font on the type scale (TITLE, HEADING, FIGURE, SMALL)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def use_font(widget: QWidget, factor: float, bold: bool = False) -> QWidget:
    widget.setFont(scaled_font(widget, factor, bold))
    return widget


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio between two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + \
            0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
