"""Library text is shown as text: an outlet, title, tag or theme holding markup never
renders as markup in a label, tooltip, message box, input dialog or menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from clipper.domain import ArticleDraft, Block
from clipper.gui import plain
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer

# What a saved page's `&lt;img src=/local/file.png&gt;` outlet is stored as.
HOSTILE = "<img src=/local/file.png>"


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        for outlet in (HOSTILE, "<b>R&D</b>"):
            svc.library.add(ArticleDraft(title=f"{HOSTILE} title", outlet=outlet,
                                         body=[Block("paragraph", f"본문 {outlet}")]))
        svc.create_theme(f"<b>bold</b> & R&D {HOSTILE}")
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, 60000)
    return win


def test_the_dashboard_summary_shows_an_outlet_name_as_text(window, qtbot):
    window.sidebar.select_entry("outlet", HOSTILE)
    window.toggle_dashboard()
    window.dashboards.refresh()
    qtbot.waitUntil(window.dashboard.view.is_drawn, timeout=30000)  # counted on its thread
    label = window.dashboard.view.summary
    assert label.textFormat() == Qt.TextFormat.RichText
    doc = QTextDocument()
    doc.setHtml(label.text())
    assert HOSTILE in doc.toPlainText()
    assert "<img" not in doc.toHtml().split("<body")[1]  # no image element was made


def test_tooltips_show_titles_as_text(window):
    index = window.model.index(0, 0)
    tip = window.model.data(index, Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert HOSTILE in doc.toPlainText()
    assert "<img" not in doc.toHtml().split("<body")[1]


def _accept_next_dialog(seen: list) -> None:
    def grab():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, grab)
            return
        seen.append([(label.text(), label.textFormat())
                     for label in dialog.findChildren(QLabel) if label.text()])
        dialog.reject()

    QTimer.singleShot(20, grab)


def test_questions_and_input_dialogs_show_names_as_text(window):
    name = f"<b>bold</b> & R&D {HOSTILE}"
    seen: list = []
    _accept_next_dialog(seen)
    window.sidebar.select_entry("theme", name)
    from clipper.gui.actions import organising

    organising.delete_theme_dialog(window, name)
    labels = seen[0]
    assert any(fmt == Qt.TextFormat.PlainText and name in text for text, fmt in labels)
    seen.clear()
    _accept_next_dialog(seen)
    organising.rename_tag_dialog(window, HOSTILE)  # its label names no tag; the value does
    assert seen and all(fmt == Qt.TextFormat.PlainText for _t, fmt in seen[0])


def test_the_failure_box_shows_the_message_as_text(window, qtbot):
    window.writer.submit("boom", lambda svc, _p, _c: (_ for _ in ()).throw(
        ValueError(f"bad outlet {HOSTILE}")))
    qtbot.waitUntil(lambda: getattr(window, "failure_box", None) is not None)
    box = window.failure_box
    assert box.textFormat() == Qt.TextFormat.PlainText and HOSTILE in box.text()


def test_theme_names_in_menus_keep_their_ampersands(window):
    window.theme_menu.aboutToShow.emit()
    texts = [a.text() for a in window.theme_menu.actions() if not a.isSeparator()]
    assert "<b>bold</b> && R&&D " + HOSTILE in texts


def test_helpers_force_plain_text(qapp):
    box = plain.message_box(None, QMessageBox.Icon.Warning, "t", HOSTILE)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert plain.tooltip("") == ""
    doc = QTextDocument()
    doc.setHtml(plain.tooltip(f"{HOSTILE}\nsecond line"))
    assert doc.toPlainText() == f"{HOSTILE}\nsecond line"
