"""Boot steps of the app, each a small function, called in order by `storeapp.app.run`:
the screen check, Qt's environment, diagnostics, Qt's messages into the log, translators.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

NO_DISPLAY_MESSAGE = """\
storeapp needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY is set).

To see the demo store anyway:
  xvfb-run make demo                                  a virtual screen (apt-get install xvfb)
  .venv/bin/storeapp --demo --tour screenshots/       drive every screen headless and save
                                                      a PNG of each step into screenshots/
  QT_QPA_PLATFORM=offscreen .venv/bin/storeapp --demo runs without showing anything
"""


def display_problem(env: dict[str, str] | os._Environ, platform: str = sys.platform) -> str | None:
    """The no-screen message on Linux without a display (unless Qt was told a platform)."""
    if not platform.startswith("linux"):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


def environment(tour: bool) -> None:
    # qasync picks its Qt binding from QT_API; this image also carries PyQt6.
    os.environ.setdefault("QT_API", "pyside6")
    if sys.platform == "win32":
        # AltGr must not read as Ctrl+Alt, or scanners and non-US keyboards type wrong.
        os.environ.setdefault("QT_QPA_PLATFORM", "windows:altgr")
    if tour:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def diagnostics(data_dir: Path, *, tour: bool) -> Any:
    """faulthandler (crash file) and logging with redaction, before anything else can fail."""
    from storeapp import diagnostics

    return diagnostics.start(data_dir, console=tour, crash_file=not tour)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log (redacted like everything else), not to a console."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return  # the offscreen platform's notice on every new window: not news
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def translators(app: Any, store_language: str = "", people_file: Any = None) -> Any:
    """Qt's own strings and ours in the store's language (`store.language`, else this PC's
    locale); English when no translation is found. Returns the `Languages` that switches them
    per person at sign-in."""
    from storeapp.ui.language import Languages, PersonLanguages
    from storeapp.ui.shell import resource

    languages = Languages(resource("translations"), store_language, PersonLanguages(people_file))
    languages.setParent(app)
    languages.apply(languages.store_default)
    return languages
