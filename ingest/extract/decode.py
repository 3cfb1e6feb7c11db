"""Text files to text: which encoding, said honestly, and whether the result is text at all.

Accepted, in this order: a byte order mark (UTF-32, UTF-8, UTF-16: UTF-32's little-endian mark starts
with UTF-16's, so it is tested first); UTF-16 or UTF-32 without a mark when the NUL bytes stand where
those encodings put them for Latin text; UTF-8; Windows-1252 (what older Dutch exports use, a superset
of the printable part of Latin-1) only when every byte maps to a character and none is a control
character. Anything else is reported as `not UTF-8 text`, never guessed further. Decoded text with NUL
characters, or with more than a tenth unprintable characters, is refused as not text.
"""
from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from ingest.errors import UnreadableFile

log = logging.getLogger(__name__)

# (byte order mark, encoding that reads past it); UTF-32 LE before UTF-16 LE (FF FE 00 00 starts with FF FE)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Where UTF-16/32 put NUL bytes for Latin text, per byte position modulo 4 (1: NUL, 0: not)
NUL_PATTERNS = {(0, 1, 1, 1): "utf-32-le", (1, 1, 1, 0): "utf-32-be", (0, 1, 0, 1): "utf-16-le",
                (1, 0, 1, 0): "utf-16-be"}
NUL_SAMPLE = 4096           # bytes looked at to recognise UTF-16/32 without a mark
NUL_SHARE = 0.7             # share of a position's bytes that must be NUL (Latin text), or stay below 1 - this
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Bytes that read as UTF-8 multi-byte characters: such a file is UTF-8 with a damaged byte, not cp1252.
UTF8_SEQUENCE = re.compile(rb"[\xc3-\xf4][\x80-\xbf]{1,3}")
MAX_UNPRINTABLE = 0.1       # share of control characters above which decoded "text" is refused
BYTES_PER_CHAR = 4          # at most, in any accepted encoding: how much to read for a character limit


def read_text(path: Path, max_chars: int = 0) -> str:
    """A text file's text, at most ``max_chars`` characters (0: all); a longer text is cut at a line
    end before the limit, with a warning. Raises UnreadableFile."""
    with open(path, "rb") as fh:
        data = fh.read(max_chars * BYTES_PER_CHAR + 1 if max_chars else -1)
        whole = not max_chars or not fh.read(1)
    text = decode(data, complete=whole)
    if not whole or (max_chars and len(text) > max_chars):
        text = _cut(text, max_chars)
        log.warning("text cut after %d characters (setting max_document_chars)", len(text))
    return text


def decode(data: bytes, complete: bool = True) -> str:
    """The text of a file's bytes (``complete=False``: the start of a longer file, whose last character
    may be cut). Raises UnreadableFile when it is not text in an accepted encoding."""
    encoding = _encoding(data)
    text = _decode_as(data, encoding, complete) if encoding else None
    if text is None:
        text = _windows_1252(data)
    if "\x00" in text:
        raise UnreadableFile("not text: it holds NUL characters (a binary file, or an unknown encoding)")
    if text and len(CONTROL.findall(text)) > MAX_UNPRINTABLE * len(text):
        raise UnreadableFile("not text: mostly unprintable characters")
    if encoding not in (None, "utf-8", "utf-8-sig"):
        log.info("read as %s", encoding)
    return text


def _encoding(data: bytes) -> str | None:
    """The encoding a byte order mark or the NUL pattern names, else UTF-8 (None: not UTF-8 either)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:NUL_SAMPLE]
    if b"\x00" in sample and len(sample) >= 8:
        shares = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
        key = tuple(1 if s >= NUL_SHARE else 0 if s <= 1 - NUL_SHARE else -1 for s in shares)
        if key in NUL_PATTERNS:
            return NUL_PATTERNS[key]
    return "utf-8" if _decode_as(data, "utf-8", complete=False) is not None else None


def _decode_as(data: bytes, encoding: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=complete)
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-8"):
            return None
        raise UnreadableFile(f"not {encoding.upper()} text despite its byte pattern (offset {exc.start})") from exc


def _windows_1252(data: bytes) -> str:
    try:
        text: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not CONTROL.search(text) and not UTF8_SEQUENCE.search(data):
        log.info("not UTF-8, read as Windows-1252")
        return text
    try:
        data.decode("utf-8")
        offset = len(data)
    except UnicodeDecodeError as exc:
        offset = exc.start
    raise UnreadableFile(f"not UTF-8 text (undecodable byte at offset {offset})")


def _cut(text: str, max_chars: int) -> str:
    """The text up to the last line end within ``max_chars`` (or the limit itself, on one long line)."""
    head = text[:max_chars]
    end = head.rfind("\n")
    return head[:end] if end > max_chars // 2 else head
