from PySide6.QtCore import QSize

from loyaltydesk.ui.icons import APP_ICON_SIZES, app_icon


def test_the_app_icon_offers_every_size_and_draws_the_one_asked_for(qapp):
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(APP_ICON_SIZES)
    for size in (16, 64, 512):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        # Drawn from its file, not blank: some pixel is opaque.
        assert any(image.pixelColor(x, y).alpha() == 255
                   for x in range(size) for y in range(0, size, max(1, size // 16)))
