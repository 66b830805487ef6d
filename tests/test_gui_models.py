"""The lazy clipping list model, checked by pytest-qt's qtmodeltester on a real library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clipper.domain import ArticleDraft, Block
from clipper.gui.models.clipping_list import (
    ID_ROLE,
    MAX_PAGES,
    PAGE_SIZE,
    PUBLISHED,
    TITLE,
    ClippingListModel,
)
from tests import gui_support  # noqa: F401  (the processEvents work-around)


@pytest.fixture
def filled(service):
    import datetime as dt

    lib = service.library
    for i in range(PAGE_SIZE * 2 + 37):
        lib.add(ArticleDraft(
            title=f"Title {i:04d}", outlet=("Yonhap", "AP", "연합뉴스")[i % 3],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=i),
            body=[Block("paragraph", f"Body number {i}.")],
        ))
    return service


def _model(service):
    model = ClippingListModel(service.summaries)
    model.set_themes_lookup(service.browse_themes_of)
    model.set_source(lambda order: service.browse_ids("all", "", order))
    return model


def test_qtmodeltester_accepts_the_model(qtmodeltester, filled):
    model = _model(filled)
    qtmodeltester.check(model, force_py=True)
    # ...and again after a reload and a sort, which reset it.
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_rows_load_in_pages_only_when_shown(filled):
    calls = []

    def summaries(ids):
        calls.append(len(ids))
        return filled.summaries(ids)

    model = ClippingListModel(summaries)
    model.set_source(lambda order: filled.browse_ids("all", "", order))
    assert model.rowCount() == PAGE_SIZE * 2 + 37
    assert calls == []  # no row fetched before a view asks
    assert model.index(0, TITLE).data() == "Title 0436"  # newest first
    assert model.index(PAGE_SIZE - 1, TITLE).data()
    assert calls == [PAGE_SIZE]
    last = model.rowCount() - 1
    assert model.index(last, TITLE).data() == "Title 0000"
    assert calls == [PAGE_SIZE, 37]
    assert model.loaded_pages() == 2


def test_page_cache_is_bounded(service):
    model = ClippingListModel(lambda ids: [])
    many = list(range(1, PAGE_SIZE * (MAX_PAGES + 5)))
    model.set_source(lambda order: list(many))
    for row in range(0, len(many), PAGE_SIZE):
        model.index(row, 0).data()
    assert model.loaded_pages() == MAX_PAGES


def test_sorting_by_column(filled):
    model = _model(filled)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, TITLE).data() == "Title 0000"
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, TITLE).data() == "Title 0436"
    model.sort(PUBLISHED, Qt.SortOrder.AscendingOrder)
    assert model.index(0, PUBLISHED).data() == "2020-01-01"
    first_id = model.index(0, 0).data(ID_ROLE)
    assert model.row_of(first_id) == 0


def test_changed_rows_refresh_in_place(filled, qtbot):
    model = _model(filled)
    cid = model.id_at(3)
    assert model.index(3, TITLE).data() == f"Title {436 - 3:04d}"
    filled.library.update_fields(cid, title="Renamed")  # (no index work: a model test)
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_rows([cid])
    assert model.index(3, TITLE).data() == "Renamed"
