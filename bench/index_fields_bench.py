"""What each index field costs: writer time and index size, per field and per option.

    python bench/search_bench.py --sizes 10000 --keep DIR       # a library to read
    python bench/index_fields_bench.py DIR/library-10000 [--docs 2000]

Analyses --docs clippings once (Kiwi, in this process), then writes the same analysed
documents into fresh Whoosh indexes that differ in one field at a time: the schema as
Clipper builds it, each field left out, and each positional field without positions.
For each it prints the writer's seconds (add + commit, one segment, no analysis) and
the index's size, beside SQLite FTS5 (trigram) over the same text for reference.
The difference from the full schema is what that field or its positions cost.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from whoosh import fields as F  # noqa: E402
from whoosh import index as windex  # noqa: E402

from clipper.search import analysis, documents  # noqa: E402
from clipper.search.index import PretokenizedTokenizer, build_schema  # noqa: E402
from clipper.store.library import open_library  # noqa: E402


def variant_schema(drop: str | None = None, no_positions: str | None = None) -> F.Schema:
    schema = build_schema()
    if drop:
        schema.remove(drop)
    if no_positions:
        schema.remove(no_positions)
        schema.add(no_positions, F.TEXT(analyzer=PretokenizedTokenizer(), phrase=False))
    return schema


def write(folder: Path, schema: F.Schema, docs: list[tuple[documents.IndexDocument, dict]]
          ) -> tuple[float, int]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = windex.create_in(str(folder), schema)
    names = set(schema.names())
    started = time.perf_counter()
    writer = ix.writer(limitmb=256)
    for doc, tokens in docs:
        values = {"id": str(doc.id)}
        if "digest" in names:
            values["digest"] = doc.digest
        for name, value in tokens.items():
            if value and name in names:
                values[name] = value
        writer.add_document(**values)
    writer.commit()
    seconds = time.perf_counter() - started
    ix.close()
    return seconds, sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def fts_size(folder: Path, docs: list[tuple[documents.IndexDocument, dict]]) -> tuple[float, int]:
    path = folder / "fts.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
    started = time.perf_counter()
    conn.executemany("INSERT INTO t(body) VALUES (?)",
                     (("\n".join(v for vs in doc.fields.values() for v in vs),)
                      for doc, _ in docs))
    conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds, path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("library", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    with open_library(args.library) as library:
        ids = documents.all_ids(library.db)[: args.docs]
        loaded = documents.load_documents(library.db, ids)
    started = time.perf_counter()
    docs = [(doc, analysis.analyse_document(doc.fields)) for doc in loaded.values()]
    analysed = time.perf_counter() - started
    print(f"{len(docs)} clippings analysed in {analysed:.1f} s "
          f"({len(docs) / analysed:.0f}/s, Kiwi in one process, not counted below)")
    tokens = {name: sum(len(t.get(name, ())) for _, t in docs)
              for name in build_schema().names()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ix"
        base_s, base_size = write(folder, build_schema(), docs)
        fts_s, fts_bytes = fts_size(Path(tmp), docs)
        print(f"\n{'schema':32} {'write s':>8} {'docs/s':>7} {'size MB':>8} {'vs full':>16}")
        print(f"{'full (as built)':32} {base_s:8.2f} {len(docs) / base_s:7.0f} "
              f"{base_size / 1e6:8.2f}")
        print(f"{'SQLite FTS5 trigram (reference)':32} {fts_s:8.2f} {len(docs) / fts_s:7.0f} "
              f"{fts_bytes / 1e6:8.2f}")
        schema = build_schema()
        for name in schema.names():
            if name in ("id",):
                continue
            s, size = write(folder, variant_schema(drop=name), docs)
            print(f"{'without ' + name:32} {s:8.2f} {len(docs) / s:7.0f} {size / 1e6:8.2f} "
                  f"{base_s - s:+7.2f} s {(base_size - size) / 1e6:+6.2f} MB"
                  f"  ({tokens.get(name, 0):,} tokens)")
        for name in schema.names():
            if getattr(schema[name].format, "__class__", None).__name__ != "Positions":
                continue
            s, size = write(folder, variant_schema(no_positions=name), docs)
            print(f"{name + ' without positions':32} {s:8.2f} {len(docs) / s:7.0f} "
                  f"{size / 1e6:8.2f} {base_s - s:+7.2f} s {(base_size - size) / 1e6:+6.2f} MB")


if __name__ == "__main__":
    main()
