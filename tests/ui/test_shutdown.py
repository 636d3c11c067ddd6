"""Stopping the window from outside: Ctrl+C in the terminal it was started from, SIGTERM from a
service manager or a logout. The app stops the way closing its window does: sync stopped, outbox
and journal closed, and no crash file left for the next start to report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import storeapp

REPO = Path(storeapp.__file__).resolve().parent.parent


def _wait_for(path: Path, text: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.is_file() and text in path.read_text(errors="replace"):
            return
        if process.poll() is not None:
            raise AssertionError(f"storeapp ended early: {process.communicate()}")
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared in {path}")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_signal_closes_the_app_cleanly(tmp_path: Path, signum: int):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STOREAPP_") or k == "PATH"}
    env.update(
        STOREAPP_DATA_DIR=str(tmp_path),
        STOREAPP_CONFIG=str(tmp_path / "none.toml"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "none.toml").write_text("")
    process = subprocess.Popen(
        [sys.executable, "-m", "storeapp", "--demo"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = tmp_path / "demo" / "logs" / "storeapp.log"
    try:
        _wait_for(log, "sign-in credentials refreshed", process, 150)
        process.send_signal(signum)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "KeyboardInterrupt" not in err and "Traceback" not in err
    text = log.read_text()
    assert f"stop requested ({signal.Signals(signum).name})" in text
    assert "stopped cleanly: outbox and journal closed" in text
    assert not list((tmp_path / "demo" / "logs").glob("crash-*.txt"))
