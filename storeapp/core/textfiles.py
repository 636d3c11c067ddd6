"""Reading the text files IT writes (machine file, returns policy).

Windows PowerShell 5.1 writes UTF-8 with a byte-order mark (`Out-File -Encoding utf8`,
`Set-Content -Encoding UTF8`), and Notepad did until 2019; TOML parsers refuse the mark as
"invalid statement at line 1, column 1". Every file storeapp reads goes through here, so a mark
is dropped wherever the file came from.
"""

from __future__ import annotations

from pathlib import Path

BOM = "\ufeff"


def without_bom(text: str) -> str:
    """`text` without a leading byte-order mark (text from Odoo or a pasted document)."""
    return text[1:] if text.startswith(BOM) else text


def read_text(path: Path) -> str:
    """The file as UTF-8 text, a byte-order mark dropped. Raises OSError when it cannot be
    read and UnicodeDecodeError when it is not UTF-8 (e.g. saved as "ANSI")."""
    return Path(path).read_bytes().decode("utf-8-sig")
