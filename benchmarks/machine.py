"""What every benchmark prints beside its figures: the machine, its load, CPU and wall time.

Figures taken on a shared machine vary with its load, so each script states the load
before and after, measures CPU time (this process and the children it waited for) as
well as wall time, and compares against peers timed in the same run.
"""

from __future__ import annotations

import os
import platform
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["Clock", "cpu", "describe", "load", "timed"]

ROOT = Path(__file__).resolve().parents[1]


def cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    t = os.times()
    return time.process_time() + t.children_user + t.children_system


def load() -> str:
    """The load average over 1, 5 and 15 minutes."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - no load average on this platform
        return "unknown"


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def describe() -> str:
    """One line: cores, load average, Python, and the commit measured."""
    return (
        f"machine: {os.cpu_count()} cores, load average (1, 5, 15 min) {load()}; "
        f"Python {platform.python_version()}; govtimeline {_commit()}"
    )


class Clock:
    """CPU and wall seconds of a block (``with timed() as clock: …; clock.cpu``)."""

    __slots__ = ("cpu", "wall")

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0


@contextmanager
def timed() -> Iterator[Clock]:
    """Measure the CPU (this process and waited-for children) and wall time of a block."""
    clock = Clock()
    started_cpu, started_wall = cpu(), time.perf_counter()
    try:
        yield clock
    finally:
        clock.cpu = cpu() - started_cpu
        clock.wall = time.perf_counter() - started_wall
