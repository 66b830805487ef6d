"""The dashboard: coverage charts of the list in view, drawn by matplotlib."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from clipper.domain import ArticleDraft, Block
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    # Five clippings over three days (one day empty between), two outlets, two themes.
    rows = [("2024-03-01", "연합뉴스"), ("2024-03-01", "연합뉴스"), ("2024-03-03", "한겨레"),
            ("2024-03-03", "연합뉴스"), ("2024-03-03", "한겨레")]
    with LibraryService(library_path) as svc:
        ids = [svc.library.add(ArticleDraft(
            title=f"기사 {i}", outlet=outlet, published=dt.datetime.fromisoformat(day),
            body=[Block("paragraph", f"본문 {i} 입니다.")]))[0]
            for i, (day, outlet) in enumerate(rows)]
        svc.create_theme("청년 정책", colour="#e91e63")
        svc.assign_theme("청년 정책", ids[:3])
        svc.create_theme("기후", colour="#2e7d32")
        svc.assign_theme("기후", ids[3:4])
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    return win


def bars(ax) -> list[float]:
    return [p.get_height() for p in ax.patches]


def widths(ax) -> dict[str, float]:
    labels = [t.get_text() for t in ax.get_yticklabels()]
    return dict(zip(labels, [p.get_width() for p in ax.patches], strict=True))


def test_dashboard_charts_the_list_in_view_and_follows_it(window, qtbot):
    window.dashboard_action.trigger()
    assert window.dashboard_open() and window.dashboard_action.isChecked()
    view = window.dashboard.view
    qtbot.waitUntil(view.is_drawn, timeout=30000)  # drawn on the chart thread
    assert set(view.axes) == {"day", "outlet", "theme"}
    assert bars(view.axes["day"]) == [2, 0, 3]  # 1, 2 (no coverage) and 3 March
    assert widths(view.axes["outlet"]) == {"연합뉴스": 3, "한겨레": 2}
    assert widths(view.axes["theme"]) == {"청년 정책": 3, "기후": 1}
    assert view.axes["theme"].patches[-1].get_facecolor()[:3] == pytest.approx(
        (0xe9 / 255, 0x1e / 255, 0x63 / 255))

    # Another list in view: the charts follow it (one theme: no theme chart).
    window.sidebar.select_entry("theme", "청년 정책")
    qtbot.waitUntil(lambda: view.is_drawn() and view.coverage.total == 3, timeout=30000)
    assert set(view.axes) == {"day", "outlet"}
    assert bars(view.axes["day"]) == [2, 0, 1]
    assert "청년 정책" in view.summary.text()

    # A write that changes the set redraws it.
    window.writer.submit("untheme", lambda svc, _p, _c: svc.unassign_theme(
        "청년 정책", [window.model.ids()[0]], reject=False))
    wait_writer(qtbot, window)
    qtbot.waitUntil(lambda: view.is_drawn() and view.coverage.total == 2, timeout=30000)
    assert sum(bars(view.axes["day"])) == 2

    window.dashboard_action.trigger()
    assert not window.dashboard_open() and not window.dashboard_action.isChecked()


def test_korean_labels_use_the_shipped_font(window, qtbot):
    window.toggle_dashboard()
    qtbot.waitUntil(window.dashboard.view.is_drawn, timeout=30000)
    from matplotlib import font_manager

    from clipper.gui.views.dashboard_charts import FONT_FAMILY

    label = window.dashboard.view.axes["outlet"].get_yticklabels()[0]
    path = font_manager.findfont(label.get_fontproperties(), fallback_to_default=False)
    assert path.endswith("NanumGothic.ttf") and FONT_FAMILY == "NanumGothic"
    image = window.dashboard.view.canvas.pixmap().toImage()
    assert not image.isNull() and image.width() > 100
    # Not a blank image: the bars are drawn in their colour.
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert "#4a7bd0" in colours


def test_the_gui_thread_never_draws_or_imports_matplotlib(window, qtbot):
    import threading

    import matplotlib.figure

    drawn_on: list[str] = []
    real_draw = matplotlib.figure.Figure.draw

    def draw(self, renderer):
        drawn_on.append(threading.current_thread().name)
        return real_draw(self, renderer)

    matplotlib.figure.Figure.draw = draw
    try:
        window.toggle_dashboard()
        qtbot.waitUntil(window.dashboard.view.is_drawn, timeout=30000)
    finally:
        matplotlib.figure.Figure.draw = real_draw
    assert drawn_on and threading.main_thread().name not in drawn_on


def test_matplotlib_is_not_imported_before_the_dashboard_opens(window):
    # Run in a fresh interpreter: this process has imported it in the tests above.
    import subprocess

    code = ("import os; os.environ['QT_QPA_PLATFORM']='offscreen'; import sys, tempfile;"
            "from pathlib import Path;"
            "from clipper.gui.app import create_app, make_settings;"
            "from clipper.gui.main_window import MainWindow;"
            "app = create_app(); d = tempfile.mkdtemp();"
            "w = MainWindow(Path(d) / 'lib', make_settings(d + '/s.ini'));"
            "print('matplotlib' in sys.modules); w.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
