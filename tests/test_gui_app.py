"""App start-up: the Korean font, the Korean UI, the settings and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

from clipper.gui.app import (
    TRANSLATIONS,
    Translations,
    choose_language,
    create_app,
    load_fonts,
    make_settings,
    parse_args,
)
from tests.gui_support import open_window


def test_shipped_korean_font_is_registered_and_has_hangul(qapp):
    families = load_fonts()
    assert "NanumGothic" in families
    assert "NanumGothic" in QFontDatabase.families()
    raw = QRawFont.fromFont(_font("NanumGothic"))
    assert all(raw.supportsCharacter(ord(ch)) for ch in "한국어 스크랩")
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems("NanumGothic")
    assert "NanumGothic" in qapp.font().families()


def _font(family: str):
    from PySide6.QtGui import QFont

    return QFont(family, 12)


def test_korean_translation_is_a_real_qm_catalogue():
    assert (TRANSLATIONS / "clipper_ko.qm").stat().st_size > 1000
    assert (TRANSLATIONS / "clipper_ko.ts").exists()


def test_window_speaks_korean_when_chosen(qtbot, tmp_path):
    app = create_app()
    translations = Translations(app)
    try:
        assert translations.install("ko")
        win = open_window(qtbot, tmp_path / "lib", tmp_path / "s.ini", language=None)
        assert win.empty_state.message.text() == "기사, 저장한 웹페이지, 링크를 여기에 끌어다 놓으세요"
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[0] == "파일(&F)"
        assert win.sidebar.topLevelItem(0).text(0).startswith("모든 스크랩")
    finally:
        translations.install("en")


def test_language_follows_the_setting(tmp_path):
    settings = make_settings(str(tmp_path / "s.ini"))
    settings.setValue("ui/language", "ko")
    assert choose_language(settings) == "ko"
    settings.setValue("ui/language", "en")
    assert choose_language(settings) == "en"


def test_command_line_takes_a_library_folder():
    assert parse_args(["--library", "/tmp/x"]).library == Path("/tmp/x")
    assert parse_args([]).library is None


def test_switching_language_rebuilds_the_window_on_the_same_library(qtbot, tmp_path):
    from clipper.gui.app import Controller

    app = create_app()
    settings = make_settings(str(tmp_path / "s.ini"))
    settings.setValue("ui/language", "en")
    controller = Controller(app, settings, tmp_path / "lib")
    first = controller.window
    qtbot.addWidget(first)
    assert first.menuBar().actions()[0].text() == "&File"
    try:
        controller.switch_language("ko")
        second = controller.window
        qtbot.addWidget(second)
        assert second is not first
        assert second.menuBar().actions()[0].text() == "파일(&F)"
        assert second.service.root == (tmp_path / "lib").resolve()
        assert settings.value("ui/language") == "ko"
    finally:
        controller.translations.install("en")


@pytest.mark.parametrize("catalogue", ["clipper_ko.ts", "clipper_en.ts"])
def test_every_ui_string_in_the_catalogue_is_translated(catalogue):
    import xml.etree.ElementTree as ET

    tree = ET.parse(TRANSLATIONS / catalogue)
    messages = list(tree.iter("message"))
    assert len(messages) > (80 if catalogue == "clipper_ko.ts" else 5)
    untranslated = [m.find("source").text for m in messages
                    if m.find("translation").get("type") == "unfinished"
                    or not ((m.find("translation").text or "").strip()
                            or m.find("translation").findall("numerusform"))]
    assert untranslated == []
    for message in messages:  # every plural form filled in
        forms = message.find("translation").findall("numerusform")
        assert all((f.text or "").strip() for f in forms), message.find("source").text


def test_every_ui_string_in_the_code_is_in_the_catalogue():
    """A string added (or moved to another class) without running
    resources/translations/update.py would show in English in the Korean UI."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_update", TRANSLATIONS / "update.py")
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    assert update.missing(update.CATALOGUE) == []
    assert update.missing(update.ENGLISH) == []  # plural forms


def test_counts_take_their_plural_form(qtbot, tmp_path):
    from clipper.gui.app import Controller

    app = create_app()
    settings = make_settings(str(tmp_path / "s.ini"))
    for language, one, many in (("en", "1 clipping ·", "2 clippings ·"),
                                ("ko", "스크랩 1개 ·", "스크랩 2개 ·")):
        settings.setValue("ui/language", language)
        controller = Controller(app, settings, tmp_path / "lib")
        window = controller.window
        qtbot.addWidget(window)
        try:
            tr = window.tr
            assert tr("%Ln clipping(s) · %1 MB", "", 1).startswith(one)
            assert tr("%Ln clipping(s) · %1 MB", "", 2).startswith(many)
        finally:
            window.close()
            controller.translations.install("en")
