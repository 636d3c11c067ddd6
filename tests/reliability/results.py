"""The reliability suite's figures: each proof records one row (test, runs, failures, figure).

Rows go to a JSON-lines file, $STOREAPP_RELIABILITY_RESULTS, so that `make reliability` can print
the table after pytest (it keeps the file in build/reliability/results.jsonl), and
docs/reliability.md can quote it. Other runs (`make test`, a plain pytest) write into the
system's temporary folder, never into the source tree. `python -m tests.reliability.results`
prints the table of the last run.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

KEEP_LINES = 400


def results_path() -> Path:
    configured = os.environ.get("STOREAPP_RELIABILITY_RESULTS")
    if configured:
        return Path(configured)
    user = getpass.getuser()
    return Path(tempfile.gettempdir()) / f"storeapp-reliability-{user}" / "results.jsonl"


def scale() -> float:
    """How much bigger than the CI run: STOREAPP_RELIABILITY_SCALE (default 1)."""
    raw = os.environ.get("STOREAPP_RELIABILITY_SCALE", "1")
    try:
        value = float(raw)
    except ValueError as exc:
        raise ValueError(
            f"STOREAPP_RELIABILITY_SCALE={raw!r} is not a number; use e.g. 1, 4 or 10"
        ) from exc
    return max(value, 0.1)


def scaled(n_ci: int) -> int:
    """N for this run: the CI figure times the scale, never below 1."""
    return max(1, round(n_ci * scale()))


@dataclass
class Row:
    """One line of the summary table."""

    test: str
    runs: int
    failures: int
    figure: str


def record(test: str, runs: int, failures: int, figure: str) -> None:
    path = results_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(Row(test, runs, failures, figure))) + "\n")
    # Plain `make test` runs append too: keep the file from growing without end.
    lines = path.read_text("utf-8").splitlines()
    if len(lines) > KEEP_LINES:
        path.write_text("\n".join(lines[-KEEP_LINES // 2 :]) + "\n", encoding="utf-8")


def reset() -> None:
    results_path().unlink(missing_ok=True)


def load() -> list[Row]:
    path = results_path()
    if not path.exists():
        return []
    rows = [Row(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line]
    # The last row of a test wins (a re-run replaces the earlier figure).
    by_test = {row.test: row for row in rows}
    return list(by_test.values())


def table(rows: list[Row]) -> str:
    header = Row("test", "runs", "failures", "figure")  # type: ignore[arg-type]
    cells = [[str(v) for v in asdict(r).values()] for r in [header, *rows]]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = []
    for n, c in enumerate(cells):
        lines.append(" | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    rows = load()
    if not rows:
        print(f"No reliability results in {results_path()}: run `make reliability` first.")
        return 1
    print(table(rows))
    failed = sum(r.failures for r in rows)
    print(f"\n{len(rows)} proofs, {failed} failures (scale {scale():g}).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
