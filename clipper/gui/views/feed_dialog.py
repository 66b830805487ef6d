"""Add or edit a watched feed: address, name, filter, tag, theme, interval, paused.

The dialog only collects what was typed; the service checks it (an address that is not
http(s), a filter the search cannot read, a theme that does not exist) and the window
shows its message when it refuses.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

DEFAULT_MINUTES = 15


class FeedDialog(QDialog):
    def __init__(self, themes: list[str], feed=None, parent=None):
        """`feed` is a `LibraryService.feed` row to edit, or None for a new feed."""
        super().__init__(parent)
        self.feed = feed
        self.setWindowTitle(self.tr("Edit Feed") if feed else self.tr("Add Feed"))
        self.setMinimumWidth(520)
        self.url = QLineEdit(feed.url if feed else "")
        self.url.setPlaceholderText("https://www.yna.co.kr/rss/news.xml")
        self.title = QLineEdit(feed.title if feed else "")
        self.title.setPlaceholderText(self.tr("the feed's own name"))
        self.filter = QLineEdit(feed.filter if feed else "")
        self.filter.setPlaceholderText(self.tr("e.g. 김동연 OR 경기도지사"))
        self.tag = QLineEdit(feed.tag if feed else "")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("(none)"), "")
        for name in themes:
            self.theme.addItem(name, name)
        if feed and feed.theme:
            index = self.theme.findData(feed.theme)
            if index < 0:
                self.theme.addItem(feed.theme, feed.theme)
                index = self.theme.count() - 1
            self.theme.setCurrentIndex(index)
        self.interval = QSpinBox()
        self.interval.setRange(1, 7 * 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(feed.interval_minutes if feed else DEFAULT_MINUTES)
        self.paused = QCheckBox(self.tr("Paused (not checked)"))
        self.paused.setChecked(bool(feed and feed.paused))

        form = QFormLayout()
        form.addRow(self.tr("Feed address:"), self.url)
        form.addRow(self.tr("Name:"), self.title)
        form.addRow(self.tr("Keep only pages matching:"), self.filter)
        form.addRow(self.tr("Tag new clippings:"), self.tag)
        form.addRow(self.tr("Suggest theme:"), self.theme)
        form.addRow(self.tr("Check every:"), self.interval)
        form.addRow("", self.paused)
        hint = QLabel(self.tr(
            "An outlet's RSS or Atom feed, or a news-search feed (a portal's search "
            "results as RSS). New articles come into the Inbox, marked new."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        """Every field, as `LibraryService.add_feed` takes them."""
        return {
            "url": self.url.text().strip(),
            "title": self.title.text().strip(),
            "filter": self.filter.text().strip(),
            "tag": self.tag.text().strip(),
            "theme": self.theme.currentData() or "",
            "interval_minutes": self.interval.value(),
            "paused": self.paused.isChecked(),
        }

    def changed_fields(self) -> dict[str, object]:
        """What differs from the feed being edited (everything for a new one)."""
        values = self.values()
        if self.feed is None:
            return values
        return {k: v for k, v in values.items() if v != getattr(self.feed, k)}
