"""Shared parts of the performance suite: the machine description, percentiles, ratios, and
the one results table that `python -m bench` prints and writes to docs/performance.md.

Absolute timings on a shared machine are noisy; a figure means most next to the baseline or the
floor measured in the same run, which is why every row can carry one and the ratio to it.
"""

from __future__ import annotations

import os
import platform
import resource
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# A fraction of the full sizes (100,000 products, 1,000 ops, ...). 1 is the real suite; the
# smoke test runs at a few thousandths so every bench still executes end to end.
SCALE_ENV = "STOREAPP_BENCH_SCALE"


def scale() -> float:
    """The size factor from STOREAPP_BENCH_SCALE (default 1)."""
    raw = os.environ.get(SCALE_ENV, "1")
    try:
        value = float(raw)
    except ValueError:
        raise SystemExit(f"{SCALE_ENV}={raw!r} is not a number; use e.g. 1 or 0.1") from None
    if not 0 < value <= 10:
        raise SystemExit(f"{SCALE_ENV}={raw!r} is out of range; use a factor between 0 and 10")
    return value


def scaled(full: int, factor: float | None = None, minimum: int = 1) -> int:
    """`full` times the scale factor, never below `minimum`."""
    factor = scale() if factor is None else factor
    return max(minimum, int(round(full * factor)))


# --------------------------------------------------------------------------- the machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (ValueError, OSError, AttributeError):
        return None


def _pyside_version() -> str:
    try:
        import PySide6

        return PySide6.__version__
    except ImportError:
        return "not installed"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    ram = _ram_gb()
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "RAM": f"{ram:.1f} GB" if ram else "unknown",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": sys.version.split()[0],
        "SQLite": sqlite3.sqlite_version,
        "PySide6": _pyside_version(),
    }


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --------------------------------------------------------------------------- statistics


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile `p` (0-100) of `values`."""
    if not values:
        raise ValueError("no values to take a percentile of")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ratio(value: float | None, baseline: float | None) -> float | None:
    """value / baseline, or None when either is missing or the baseline is zero."""
    if value is None or not baseline:
        return None
    return value / baseline


# --------------------------------------------------------------------------- the table


@dataclass
class Figure:
    """One row of the results table.

    `goal` is a limit on `value` (``goal_kind`` "max": value must stay below it) or on the
    ratio (``goal_on`` "ratio": e.g. initial sync within 3x its floor, naive at least 20x
    slower). `baseline` is the comparison measured in the same run, with `baseline_label`
    saying what it is."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    goal: float | None = None
    goal_on: str = "value"  # "value" | "ratio"
    goal_kind: str = "max"  # "max": below the goal; "atmost": not above; "min": at least
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return ratio(self.value, self.baseline)

    @property
    def met(self) -> bool | None:
        subject = self.ratio if self.goal_on == "ratio" else self.value
        if self.goal is None or subject is None:
            return None
        if self.goal_kind == "max":
            return subject < self.goal
        if self.goal_kind == "atmost":
            return subject <= self.goal
        return subject >= self.goal

    def goal_text(self) -> str:
        if self.goal is None:
            return ""
        sign = {"max": "<", "atmost": "≤"}.get(self.goal_kind, "≥")
        if self.goal_on == "ratio":
            return f"ratio {sign} {self.goal:g}×"
        return f"{sign} {_number(self.goal)} {self.unit}"


def _number(value: float) -> str:
    if value == int(value) and abs(value) >= 10:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cells(fig: Figure) -> list[str]:
    baseline = ""
    if fig.baseline is not None:
        baseline = _number(fig.baseline)
        if fig.baseline_label:
            baseline += f" ({fig.baseline_label})"
    r = fig.ratio
    met = {True: "yes", False: "**no**", None: ""}[fig.met]
    return [
        fig.name,
        _number(fig.value),
        fig.unit,
        baseline,
        f"{r:.2f}×" if r is not None else "",
        fig.goal_text(),
        met,
    ]


HEADER = ["figure", "value", "unit", "baseline", "ratio", "goal", "met?"]


def markdown_table(figures: Sequence[Figure]) -> str:
    """The results as a Markdown table (pipes in cells escaped)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for fig in figures:
        cells = [c.replace("|", "\\|") for c in _cells(fig)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def text_table(figures: Sequence[Figure]) -> str:
    """The results as aligned plain text for the terminal."""
    rows = [HEADER, *(_cells(f) for f in figures)]
    rows = [[c.replace("**", "") for c in row] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine_lines(info: dict[str, str] | None = None) -> list[str]:
    info = info or machine()
    return [f"- {key}: {value}" for key, value in info.items()]
