"""Settings declared once: resolved from flags over environment over defaults, recorded where they
shape saved output, printed by --help-settings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingest.errors import SettingsError
from ingest.settings import Settings, describe

ROOT = Path(__file__).resolve().parent.parent


def test_flags_override_environment_override_defaults():
    env = {"MIGRATIEZOEKER_OCR_DPI": "300", "MIGRATIEZOEKER_DATA": "elders"}
    s = Settings.resolve({"data": "hier", "workers": None}, environ=env)
    assert (s.data, s.ocr_dpi, s.workers, s.ocr_lang) == ("hier", 300, 0, "nld")


@pytest.mark.parametrize("flags, env", [({"ocr_dpi": "veel"}, {}), ({}, {"MIGRATIEZOEKER_BM25_K1": "x"}),
                                        ({"no_such_setting": 1}, {})])
def test_bad_values_are_named(flags, env):
    with pytest.raises(SettingsError):
        Settings.resolve(flags, environ=env)


def test_recorded_settings_are_those_that_shape_the_index():
    recorded = Settings().recorded()
    assert {"model", "bm25_k1", "bm25_b", "hnsw_m"} <= set(recorded) and "data" not in recorded


def test_help_settings_prints_the_table():
    out = subprocess.run([sys.executable, "-m", "ingest", "x", "--help-settings"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert out == describe() + "\n" and "MIGRATIEZOEKER_OCR_DPI" in out
