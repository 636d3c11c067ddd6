"""`storeapp --demo --tour DIR` as an end-to-end test: the real command, in its own process,
headless, on the demo store; every step must be reached and saved at the right size."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def _one(names: list[str], step: str) -> str:
    found = [n for n in names if n.endswith(f"-{step}.png")]
    assert len(found) == 1, f"no single screenshot of {step}: {names}"
    return found[0]


def test_tour_saves_every_screen(tmp_path):
    shots = tmp_path / "shots"
    env = dict(os.environ, STOREAPP_DATA_DIR=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", "--demo", "--tour", str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    names = sorted(p.name for p in shots.glob("*.png"))
    for step in ("device-setup", "sign-in", "sync-outbox-parked", "associate-view", "offline"):
        assert any(step in n for n in names), f"no screenshot of {step}: {names}"
    # Window steps at the smallest supported screen, one at full HD; feature steps may add
    # documents (a printed receipt) at their own size.
    for name in names:
        expected = (1920, 1080) if "1920" in name else (1366, 768)
        if any(step in name for step in ("sign-in", "sync-outbox", "offline", "associate")):
            assert png_size(shots / name) == expected, name
    assert (1920, 1080) in {png_size(shots / n) for n in names}
    # The main pages again on a large monitor and with text at 150 % on the smallest screen.
    for page in ("click-collect", "returns", "counts", "dashboard"):
        assert png_size(shots / _one(names, f"{page}-1920")) == (1920, 1080)
        assert png_size(shots / _one(names, f"{page}-150pct")) == (1366, 768)
    assert "Tour finished" in done.stdout


def test_make_demo_without_a_display_explains_instead_of_crashing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["STOREAPP_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "xvfb-run make demo" in done.stderr and "--tour" in done.stderr


def test_pseudo_locale_tour_shows_no_english_and_cuts_off_no_text(tmp_path):
    """The whole tour in the pseudo-locale (accented, 40 % longer, generated from the .ts
    sources): every screenshot is checked for visible English and for text that does not fit
    (storeapp/ui/language_audit.py); the tour fails and lists them in language-problems.txt."""
    from storeapp.devtools import translations

    translations.release()  # the pseudo-locale from the current code's texts
    shots = tmp_path / "shots"
    env = dict(
        os.environ, STOREAPP_DATA_DIR=str(tmp_path / "data"), STOREAPP_STORE_LANGUAGE="pseudo"
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", "--demo", "--tour", str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    problems = shots / "language-problems.txt"
    listed = problems.read_text("utf-8")[:4000] if problems.exists() else ""
    assert done.returncode == 0, listed + done.stdout[-2000:] + done.stderr[-3000:]
    assert "Tour finished" in done.stdout
    assert not problems.exists()
    assert "Language check: " in done.stdout  # the check ran, on every screenshot
