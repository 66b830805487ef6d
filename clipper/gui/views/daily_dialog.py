"""The daily clipping report's options: the day, the edition, a preset, the layout
(office, sections, grouping, index columns, photos, one per page) and the formats."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clipper.export.daily import (
    AUTO_MODES,
    COLUMNS,
    FORMATS,
    DailyLayout,
    SectionRule,
    example_sections,
    parse_section,
)
from clipper.store.library import LibraryError


def section_lines(sections: list[SectionRule]) -> str:
    """Sections as the editor shows them: one 'name=rule,rule' a line (the CLI's form)."""
    keys = (("themes", "theme"), ("tags", "tag"), ("categories", "category"),
            ("tones", "tone"), ("words", "word"))
    lines = []
    for s in sections:
        rules = [f"{key}:{value}" for field, key in keys for value in getattr(s, field)]
        lines.append(f"{s.name}={','.join(rules)}")
    return "\n".join(lines)


class DailyDialog(QDialog):
    preset_chosen = Signal(str)  # the window loads it (a read) and calls set_layout
    save_preset_requested = Signal()

    def __init__(self, presets: list[str], parent=None, day: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily clipping report"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        when = day or dt.date.today()
        self.day.setDate(QDate(when.year, when.month, when.day))
        self.edition = QComboBox()
        self.edition.setEditable(True)
        self.edition.addItems(["조간", "석간"])
        self.preset = QComboBox()
        self.preset.addItem(self.tr("(default layout)"), "")
        for name in presets:
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(
            lambda _i: self.preset_chosen.emit(self.preset.currentData() or ""))
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. 경기도 대변인실"))
        self.title = QLineEdit()
        self.sections = QPlainTextEdit()
        self.sections.setPlaceholderText(self.tr(
            "One section a line: name=rules, e.g. 비판·오보=tone:negative\n"
            "Rules: theme:X, tag:X, category:X, tone:X, word:X"))
        self.sections.setFixedHeight(110)
        examples = QPushButton(self.tr("Example Sections"))
        examples.clicked.connect(
            lambda: self.sections.setPlainText(section_lines(example_sections())))
        self.group = QComboBox()
        names = {"theme_category": self.tr("By theme, then outlet category"),
                 "category": self.tr("By outlet category"), "theme": self.tr("By theme"),
                 "none": self.tr("One section")}
        for mode in AUTO_MODES:
            self.group.addItem(names[mode], mode)
        self.columns: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (key, label) in enumerate(COLUMNS.items()):
            box = QCheckBox(label)
            self.columns[key] = box
            grid.addWidget(box, n // 5, n % 5)
        columns = QWidget()
        columns.setLayout(grid)
        self.photos = QCheckBox(self.tr("Photos with captions"))
        self.highlights = QCheckBox(self.tr("Highlights and notes"))
        self.one_per_page = QCheckBox(self.tr("Each clipping on a new page"))
        self.pickups = QCheckBox(self.tr("Press release pickup (when the day has releases)"))
        self.formats: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for fmt in FORMATS:
            box = QCheckBox(fmt.upper())
            self.formats[fmt] = box
            row.addWidget(box)
        row.addStretch(1)
        self.formats["pdf"].setChecked(True)
        formats = QWidget()
        formats.setLayout(row)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Edition"), self.edition)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Sections"), self.sections)
        form.addRow("", examples)
        form.addRow(self.tr("Clippings in no section"), self.group)
        form.addRow(self.tr("Index columns"), columns)
        form.addRow("", self.photos)
        form.addRow("", self.highlights)
        form.addRow("", self.one_per_page)
        form.addRow("", self.pickups)
        form.addRow(self.tr("Formats"), formats)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save as Preset…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_preset_requested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_layout(DailyLayout())

    def set_layout(self, layout: DailyLayout) -> None:
        """Show a preset's (or the default) layout."""
        self.office.setText(layout.office)
        self.title.setText(layout.title)
        self.edition.setCurrentText(layout.edition)
        self.sections.setPlainText(section_lines(layout.sections))
        self.group.setCurrentIndex(max(0, self.group.findData(layout.auto)))
        for key, box in self.columns.items():
            box.setChecked(key in layout.columns)
        self.photos.setChecked(layout.photos)
        self.highlights.setChecked(layout.highlights)
        self.one_per_page.setChecked(layout.one_per_page)
        self.pickups.setChecked(layout.pickups)

    def layout_chosen(self) -> DailyLayout:
        """The layout as the dialog shows it; LibraryError names what cannot be read."""
        sections = [parse_section(line) for line in self.sections.toPlainText().splitlines()
                    if line.strip()]
        layout = DailyLayout(
            office=self.office.text().strip(), title=self.title.text().strip() or "언론보도 스크랩",
            sections=sections, auto=self.group.currentData(),
            columns=[key for key, box in self.columns.items() if box.isChecked()],
            photos=self.photos.isChecked(), highlights=self.highlights.isChecked(),
            one_per_page=self.one_per_page.isChecked(), pickups=self.pickups.isChecked(),
            edition=self.edition.currentText().strip())
        layout.check()
        return layout

    def day_chosen(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def formats_chosen(self) -> list[str]:
        return [fmt for fmt, box in self.formats.items() if box.isChecked()]

    def accept(self) -> None:
        try:
            self.layout_chosen()
        except LibraryError as exc:
            from clipper.gui import plain

            plain.warn(self, self.tr("Daily clipping report"), str(exc))
            return
        if not self.formats_chosen():
            from clipper.gui import plain

            plain.warn(self, self.tr("Daily clipping report"),
                       self.tr("Choose at least one format."))
            return
        super().accept()
