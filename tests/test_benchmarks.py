"""Smoke runs of the benchmark scripts (figures are printed, not asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TBAQ = ROOT.parent / "shared" / "data" / "timeml" / "tbaq"
sys.path.insert(0, str(ROOT))


@pytest.mark.skipif(not TBAQ.exists(), reason="../shared/data/timeml absent")
def test_dates_benchmark_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import dates

    assert dates.main(["--smoke"]) == 0
    out = capsys.readouterr().out
    assert "govtimeline" in out
    assert "value F1" in out
    assert "µs/KB" in out
    assert "10 KB" in out


def test_dates_benchmark_smoke_on_the_own_set(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs in CI without ../shared: the project's own TimeML set is in the repository."""
    from benchmarks import dates

    assert dates.main(["--smoke", "--corpus", str(ROOT / "tests" / "data" / "timeml_own")]) == 0
    out = capsys.readouterr().out
    assert "5 TimeML documents" in out
    assert "µs/KB" in out


def test_extract_benchmark_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import extract

    assert extract.main(["--repeat", "1", "--sizes", "10", "30"]) == 0
    assert "growth exponent" in capsys.readouterr().out


def test_scale_benchmark_one_configuration(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import scale

    assert scale.main(["--corpus", "synthetic", "--one", "20", "serial"]) == 0
    seconds, megabytes, peak, cpu = (float(v) for v in capsys.readouterr().out.split())
    assert seconds > 0
    assert megabytes > 0
    assert peak > 0
    assert cpu > 0


def test_extract_benchmark_against_a_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    # this checkout against itself: the same-run comparison runs, in fresh interpreters
    from benchmarks import extract

    argv = ["--no-extraction", "--sizes", "5", "10", "--baseline", str(ROOT), "--rounds", "1"]
    assert extract.main(argv) == 0
    out = capsys.readouterr().out
    assert "speed-up (CPU)" in out
    assert "load average" in out


def test_startup_benchmark_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import startup

    assert startup.main(["--runs", "1", "--reports", "2"]) == 0
    out = capsys.readouterr().out
    assert "import dateparser.search" in out
    assert "packed" in out


def test_linearity_benchmark_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import linearity

    assert linearity.main(["--small", "100", "--factor", "2"]) == 0
    out = capsys.readouterr().out
    assert "steps x" in out
    assert "extract paragraphs" in out
