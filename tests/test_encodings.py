"""Text files come as UTF-8 (with or without BOM), UTF-16, EUC-KR and CP949, declared or not."""

from __future__ import annotations

import codecs

import pytest

from clipper.importers.encoding import decode_bytes
from clipper.importers.source import ImportFailure
from tests.conftest import DATA

ARTICLE = (DATA / "text" / "yonhap-style.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("euc-kr"),
        lambda t: t.encode("cp949"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "euc-kr", "cp949"],
)
def test_article_imports_the_same_in_every_encoding(tmp_path, run_cli, run_cli_json, encode):
    path = tmp_path / "article.txt"
    path.write_bytes(encode(ARTICLE))
    status, out, err = run_cli("import", path)
    assert status == 0, out + err
    clip = run_cli_json("show", "1")
    assert clip["title"] == "경기도, 판교 스타트업 100곳과 해외 진출 협의체 출범"
    assert clip["outlet"] == "연합뉴스"
    assert clip["photos"][0]["credit"] == "경기도"


def test_cp949_only_syllables_decode():
    # 똠 and 햏 are outside EUC-KR's 2,350 syllables but inside CP949.
    text = "똠방각하 햏자가 돌아왔다는 소식이 전해졌다."
    data = text.encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc-kr")
    assert decode_bytes(data)[0] == text
    assert decode_bytes(data, declared="euc-kr")[0] == text


def test_declared_charset_wins_over_guessing():
    text = "Café crème, naïve résumé"
    assert decode_bytes(text.encode("cp1252"), declared="iso-8859-1")[0] == text


def test_binary_is_refused():
    with pytest.raises(ImportFailure, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
