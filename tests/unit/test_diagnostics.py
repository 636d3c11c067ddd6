"""Diagnostics: redaction, log files, uncaught exceptions, crash files from a previous run."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import storeapp
from storeapp import diagnostics
from storeapp.diagnostics import redact

REPO = Path(storeapp.__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("login password=hunter2 ok", "login password=[redacted] ok", "hunter2"),
        ("{'api_key': 'abc123', 'name': 'Ann'}", "'name': 'Ann'", "abc123"),
        ('{"pin": 1234, "token": "t-9"}', "\"pin\": '[redacted]'", "1234"),
        ("{'new_pin': '0000'}", "new_pin", "0000"),
        ("GET /x?db=shop&password=s3cret&login=admin", "login=admin", "s3cret"),
        ("Authorization: Bearer abc.def", "Authorization: Bearer [redacted]", "abc.def"),
        ("secret: swordfish", "secret: [redacted]", "swordfish"),
        ("write to jane.doe+orders@example.co.uk", "write to [redacted]", "jane.doe"),
        ("call +33 6 12 34 56 78 today", "call [redacted] today", "12 34"),
        ("phone 06 12 34 56 78.", "phone [redacted].", "34 56"),
        ("(555) 123-4567 or 555.123.4567", "[redacted] or [redacted]", "4567"),
        ("'mobile': '0612345678'", "'mobile': '[redacted]'", "0612345678"),
    ],
)
def test_redaction_removes_secrets_and_contact_data(text: str, kept: str, gone: str):
    result = redact(text)
    assert kept in result
    assert gone not in result


@pytest.mark.parametrize(
    "text",
    [
        "scanned 4006381333931 qty 2",
        "at 2026-11-26 14:02:11.123456+00:00",
        "server 192.168.10.20:8069",
        "picking:4711 move 12 version 6.12.0",
        "shipping=3 spin=2 pinned=true",
        "amount 1 234.50",
    ],
)
def test_redaction_leaves_ordinary_facts_alone(text: str):
    assert redact(text) == text


@pytest.fixture
def logs(tmp_path: Path):
    root = logging.getLogger()
    saved = (root.level, list(root.handlers), sys.excepthook, threading.excepthook)
    path = diagnostics.setup_logging(tmp_path, "DEBUG", 3)
    yield path
    for handler in list(root.handlers):
        if handler not in saved[1]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(saved[0])
    sys.excepthook, threading.excepthook = saved[2], saved[3]


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_never_holds_secrets(logs: Path):
    log = logging.getLogger("storeapp.test")
    log.info("signing in with %s", {"login": "store-par1", "password": "hunter2"})
    log.warning("customer jane@example.com, phone +44 20 7946 0958")
    try:
        raise ValueError("odoo refused api_key=ABCDEF123")
    except ValueError:
        log.exception("push failed")
    log.info("broken %d format", "x")  # must not lose the record
    _flush()
    text = logs.read_text(encoding="utf-8")
    assert logs == logs.parent / "storeapp.log" and logs.parent.name == "logs"
    for secret in ("hunter2", "jane@", "7946", "ABCDEF123"):
        assert secret not in text
    assert "store-par1" in text and "push failed" in text and "Traceback" in text
    assert "broken" in text
    assert all(
        isinstance(h.filters[0], diagnostics.RedactingFilter)
        for h in logging.getLogger().handlers
        if h.filters
    )


def test_setting_up_twice_does_not_duplicate_lines(logs: Path, tmp_path: Path):
    diagnostics.setup_logging(tmp_path, "INFO", 3)
    logging.getLogger("storeapp.test").warning("only once")
    _flush()
    assert logs.read_text(encoding="utf-8").count("only once") == 1


def test_uncaught_errors_of_every_kind_are_logged_and_reported(logs: Path):
    seen: list[str] = []
    listener = lambda summary, exc: seen.append(summary)  # noqa: E731
    diagnostics.add_error_listener(listener)
    diagnostics.install_exception_hooks()
    try:
        # main thread
        try:
            raise RuntimeError("main broke, token=abc")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        # another thread
        worker = threading.Thread(target=lambda: 1 / 0, name="erp-worker")
        worker.start()
        worker.join()
        # the asyncio loop
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(diagnostics.asyncio_exception_handler)
        loop.call_soon(lambda: {}["missing"])
        loop.call_soon(loop.stop)
        loop.run_forever()
        loop.close()
    finally:
        diagnostics.remove_error_listener(listener)
    _flush()
    assert [s.split(":")[0] for s in seen] == [
        "Unexpected error",
        "Unexpected error in erp-worker",
        "Unexpected error in background work",
    ]
    text = logs.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "KeyError" in text and "main broke" in text
    assert "abc" not in text.split("main broke")[1].splitlines()[0]


def test_format_exception_is_redacted():
    try:
        raise ValueError("password=pw1")
    except ValueError as exc:
        assert "pw1" not in diagnostics.format_exception(exc)


def _run(data_dir: Path, body: str) -> subprocess.CompletedProcess:
    script = (
        "import sys; from pathlib import Path; from storeapp import diagnostics\n"
        f"diagnostics.start(Path({str(data_dir)!r}))\n{body}\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )


def test_a_crash_is_reported_at_next_start(tmp_path: Path):
    done = _run(tmp_path, "import faulthandler; faulthandler._sigsegv()")
    assert done.returncode != 0
    logs_dir = tmp_path / "logs"
    assert list(logs_dir.glob("crash-*.txt"))
    reports = diagnostics.collect_previous_crashes(logs_dir)
    assert len(reports) == 1
    assert "Fatal Python error" in reports[0].text
    assert reports[0].summary.startswith("storeapp crashed last time")
    assert reports[0].kept_at is not None and reports[0].kept_at.exists()
    assert not list(logs_dir.glob("crash-*.txt"))
    assert diagnostics.collect_previous_crashes(logs_dir) == []  # reported once


def test_a_clean_exit_leaves_nothing_and_a_hard_kill_is_noticed(tmp_path: Path):
    assert _run(tmp_path, "pass").returncode == 0
    assert diagnostics.collect_previous_crashes(tmp_path / "logs") == []
    assert _run(tmp_path, "import os; os._exit(3)").returncode == 3
    reports = diagnostics.collect_previous_crashes(tmp_path / "logs")
    assert [r.summary.split(" (")[0] for r in reports] == [
        "storeapp was closed unexpectedly last time"
    ]


def test_crash_file_of_a_running_process_is_left_alone(tmp_path: Path):
    logs_dir = tmp_path / "logs"
    logs_dir.mkdir()
    mine = logs_dir / f"crash-{__import__('os').getpid()}.txt"
    mine.write_text("")
    assert diagnostics.collect_previous_crashes(logs_dir) == []
    assert mine.exists()


def test_enabling_the_crash_file_twice_keeps_one(tmp_path: Path):
    first = diagnostics.enable_crash_file(tmp_path)
    try:
        assert diagnostics.enable_crash_file(tmp_path / "other") == first
        assert first.name == f"crash-{__import__('os').getpid()}.txt" and first.exists()
    finally:
        diagnostics.disable_crash_file()
    assert not first.exists()
