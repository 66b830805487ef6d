"""Only http(s) addresses are stored or linked: `edit --url` refuses others, and a report
never turns an old stored `javascript:` address into a live link."""

from __future__ import annotations

from pypdf import PdfReader

from clipper.export.report import ReportOptions
from tests.export_samples import sample_draft


def uri_links(path) -> list[str]:
    found = []
    for page in PdfReader(str(path)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get_object().get("/S") == "/URI":
                found.append(str(action.get_object()["/URI"]))
    return found


def test_edit_url_accepts_http_only(run_cli, service):
    cid, _ = service.library.add(sample_draft(0, "ko"))
    before = service.get(cid).url
    for address in ("javascript:alert(document.cookie)", "file:///etc/passwd",
                    "data:text/html,<script>x</script>", "https://"):
        status, out, err = run_cli("edit", str(cid), "--url", address)
        assert status == 2
        assert "only http and https addresses can be stored" in err
        assert "Traceback" not in err
    assert service.get(cid).url == before
    assert run_cli("edit", str(cid), "--url", "https://news.example.com/fixed")[0] == 0
    assert service.get(cid).url == "https://news.example.com/fixed"
    assert run_cli("edit", str(cid), "--url", "www.yna.co.kr/view/AKR2024")[0] == 0
    assert service.get(cid).url == "https://www.yna.co.kr/view/AKR2024"
    assert run_cli("edit", str(cid), "--url", "")[0] == 0
    assert service.get(cid).url is None


def test_report_links_only_web_addresses(service, tmp_path):
    good, _ = service.library.add(sample_draft(0, "en"))
    bad, _ = service.library.add(sample_draft(1, "en"))
    # A library from before addresses were checked may hold anything.
    service.library.db.execute("UPDATE clippings SET url = 'javascript:alert(1)' WHERE id = ?",
                               [bad])
    service.library.db.conn.commit()
    path = tmp_path / "report.pdf"
    service.export_pdf([good, bad], path, ReportOptions())
    links = uri_links(path)
    assert links == [service.get(good).url]
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "javascript:alert(1)" in text  # shown as text, not lost
