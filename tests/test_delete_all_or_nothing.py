"""`delete` checks every id before deleting any: one unknown id and nothing is deleted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clipper.services import LibraryService
from clipper.store.library import LibraryError
from tests.export_samples import sample_draft

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def three(service) -> list[int]:
    return [service.library.add(sample_draft(n, "en"))[0] for n in range(3)]


def test_service_deletes_nothing_when_one_id_is_unknown(service, three):
    with pytest.raises(LibraryError, match=r"^no clipping with id 9999; nothing deleted$"):
        service.delete([three[0], 9999])
    with pytest.raises(LibraryError, match=r"no clippings with ids 0, 99999999999999999999"):
        service.delete([three[1], 0, 99999999999999999999])
    assert service.count() == 3
    changes = service.delete([three[0], three[2], three[0]])
    assert changes.clippings_deleted == [three[0], three[2]]
    assert service.clipping_ids() == [three[1]]


def test_cli_delete_is_all_or_nothing(library_path, three):
    def clipper(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "clipper", "--library",
                               str(library_path), *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    run = clipper("delete", f"{three[0]},9999")
    assert run.returncode == 2
    assert run.stderr.strip() == "clipper: no clipping with id 9999; nothing deleted"
    assert "Traceback" not in run.stderr
    with LibraryService(library_path) as service:
        assert service.count() == 3
    run = clipper("delete", f"{three[0]},{three[1]}")
    assert run.returncode == 0
    assert run.stdout.strip() == f"deleted 2 clipping(s): {three[0]}, {three[1]}"
    with LibraryService(library_path) as service:
        assert service.clipping_ids() == [three[2]]
