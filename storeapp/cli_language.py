"""The command line speaks the system's language: `storeapp doctor` and the other commands
print in the language of LC_ALL, LC_MESSAGES or LANG (in that order, as gettext reads them),
or of this PC's locale when none is set (Windows).

Only QtCore is needed: a `QCoreApplication` carries the translators, no window system is
touched, so it works over SSH, in a service account and in the frozen app alike. Messages
built below the UI (`storeapp.core.text.msg`) are put into that language with the same
`translated()` the screens use; English needs nothing loaded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from storeapp.ui.language import ENGLISH, Languages, normalise, translated

# Where the compiled catalogues are, in a checkout and in the frozen app (storeapp.ui.shell).
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
# The application object must outlive the command: Qt drops translators with it.
_app: Any = None


def system_language(env: Mapping[str, str] | None = None) -> str:
    """ "fr" for LANG=fr_BE.UTF-8; the first of LC_ALL, LC_MESSAGES, LANG that is set wins
    (an unknown language there means English, as it does for any program); this PC's locale
    when none is set."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normalise(value.split(".")[0].split("@")[0]) or ENGLISH
    from PySide6.QtCore import QLocale

    return normalise(QLocale.system().name()) or ENGLISH


def speak_system_language(env: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """Install the translators of the system's language for this process and return the
    function that puts a text into it (`str` when that is English: nothing to load)."""
    global _app
    code = system_language(env)
    if code == ENGLISH:
        return str
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication(
        [sys.argv[0] if sys.argv else "storeapp"]
    )
    languages = Languages(TRANSLATIONS, code)
    languages.setParent(_app)
    languages.apply(code)
    return translated
