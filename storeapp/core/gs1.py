"""GS1 element strings: Application Identifiers (AIs), parsing and encoding.

A GS1-128, GS1 DataMatrix, GS1 QR or GS1 DataBar symbol carries an *element string*: AI, value,
AI, value... Fixed-length values simply end; variable-length values end at a Group Separator
(ASCII 29, the transmitted form of FNC1) or at the end of the data. The same data can also be
written in human-readable form, "(01)09506000134352(10)ABC123".

Only the AIs a store meets on goods and cases are known here (GTIN, lot, serial, dates, counts,
weights, prices, SSCC, internal codes). An unknown AI is an error rather than a guess: misreading
an element string would give the wrong lot to a recall.

Without separators, only the last variable-length field can be read correctly; GS1 asks encoders
to put fixed-length fields first for that reason. A variable field longer than its maximum is
reported as "separator missing?" instead of being silently cut.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

GROUP_SEPARATOR = "\x1d"

# GS1 General Specifications, Figure 7.11-1: character set 82 for alphanumeric values.
_CSET82 = frozenset(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)

# AIs whose *first two digits* imply a predefined length (GS1 General Specifications, Figure
# 7.8.5-2). Only these may be followed by another AI without a separator when encoding.
_PREDEFINED_LENGTH_PREFIXES = frozenset(
    {"00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
    | {"31", "32", "33", "34", "35", "36", "41"}
)


class ValueFormat(StrEnum):
    NUMERIC = "numeric"  # digits, kept as text (leading zeros matter)
    CHECKED = "checked"  # digits ending with a GS1 mod-10 check digit (GTIN, SSCC, GLN)
    COUNT = "count"  # digits read as an integer
    ALNUM = "alnum"  # GS1 character set 82
    DATE = "date"  # YYMMDD, DD may be 00 meaning "end of month"
    DATETIME = "datetime"  # YYMMDDHHMM
    DECIMAL = "decimal"  # digits with the implied decimal point given by the AI's last digit


@dataclass(frozen=True)
class AISpec:
    """How one Application Identifier is written and read."""

    ai: str
    title: str
    length: int  # exact length when fixed, maximum when variable
    fixed: bool
    fmt: ValueFormat
    decimals: int = 0

    @property
    def predefined_length(self) -> bool:
        return self.ai[:2] in _PREDEFINED_LENGTH_PREFIXES


def _build_table() -> dict[str, AISpec]:
    specs: list[AISpec] = [
        AISpec("00", "SSCC", 18, True, ValueFormat.CHECKED),
        AISpec("01", "GTIN", 14, True, ValueFormat.CHECKED),
        AISpec("02", "GTIN of contained trade items", 14, True, ValueFormat.CHECKED),
        AISpec("10", "batch/lot", 20, False, ValueFormat.ALNUM),
        AISpec("11", "production date", 6, True, ValueFormat.DATE),
        AISpec("12", "due date", 6, True, ValueFormat.DATE),
        AISpec("13", "packaging date", 6, True, ValueFormat.DATE),
        AISpec("15", "best before date", 6, True, ValueFormat.DATE),
        AISpec("16", "sell by date", 6, True, ValueFormat.DATE),
        AISpec("17", "expiry date", 6, True, ValueFormat.DATE),
        AISpec("20", "internal product variant", 2, True, ValueFormat.NUMERIC),
        AISpec("21", "serial number", 20, False, ValueFormat.ALNUM),
        AISpec("22", "consumer product variant", 20, False, ValueFormat.ALNUM),
        AISpec("240", "additional product identification", 30, False, ValueFormat.ALNUM),
        AISpec("241", "customer part number", 30, False, ValueFormat.ALNUM),
        AISpec("250", "secondary serial number", 30, False, ValueFormat.ALNUM),
        AISpec("30", "variable count of items", 8, False, ValueFormat.COUNT),
        AISpec("37", "count of trade items", 8, False, ValueFormat.COUNT),
        AISpec("400", "customer purchase order number", 30, False, ValueFormat.ALNUM),
        AISpec("420", "ship to postal code", 20, False, ValueFormat.ALNUM),
        AISpec("7003", "expiration date and time", 10, True, ValueFormat.DATETIME),
        AISpec("90", "mutually agreed information", 30, False, ValueFormat.ALNUM),
    ]
    glns = (
        ("410", "ship to GLN"),
        ("411", "bill to GLN"),
        ("412", "purchased from GLN"),
        ("413", "ship for GLN"),
        ("414", "location GLN"),
        ("415", "invoicing party GLN"),
    )
    for ai, title in glns:
        specs.append(AISpec(ai, title, 13, True, ValueFormat.CHECKED))
    for n in range(10):
        # Trade measures: the fourth digit says where the decimal point goes.
        specs.append(AISpec(f"310{n}", "net weight (kg)", 6, True, ValueFormat.DECIMAL, n))
        specs.append(AISpec(f"320{n}", "net weight (lb)", 6, True, ValueFormat.DECIMAL, n))
        specs.append(AISpec(f"390{n}", "amount payable", 15, False, ValueFormat.DECIMAL, n))
        specs.append(
            AISpec(f"392{n}", "price (single currency)", 15, False, ValueFormat.DECIMAL, n)
        )
    for internal in range(91, 100):
        specs.append(
            AISpec(str(internal), "company internal information", 90, False, ValueFormat.ALNUM)
        )
    return {spec.ai: spec for spec in specs}


AI_TABLE: dict[str, AISpec] = _build_table()


class GS1ErrorCode(StrEnum):
    EMPTY = "empty"
    UNKNOWN_AI = "unknown_ai"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"
    BAD_CHECK_DIGIT = "bad_check_digit"
    BAD_DATE = "bad_date"
    REPEATED_AI = "repeated_ai"


class GS1ParseError(ValueError):
    """The data is not a valid GS1 element string. `message` is plain language."""

    def __init__(
        self, code: GS1ErrorCode, message: str, ai: str | None = None, expected: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.ai = ai
        self.expected = expected  # the right check digit, for BAD_CHECK_DIGIT


@dataclass(frozen=True)
class GS1Element:
    """One AI and its value: `raw` as written, `value` typed (str, int, Decimal or date)."""

    ai: str
    raw: str
    value: object

    @property
    def spec(self) -> AISpec:
        return AI_TABLE[self.ai]


@dataclass(frozen=True)
class GS1Message:
    """A parsed element string."""

    elements: tuple[GS1Element, ...]

    def get(self, *ais: str) -> GS1Element | None:
        for element in self.elements:
            if element.ai in ais:
                return element
        return None

    def value(self, *ais: str) -> object | None:
        element = self.get(*ais)
        return None if element is None else element.value

    @property
    def gtin(self) -> str | None:
        return self.value("01")  # type: ignore[return-value]

    @property
    def contained_gtin(self) -> str | None:
        return self.value("02")  # type: ignore[return-value]

    @property
    def sscc(self) -> str | None:
        return self.value("00")  # type: ignore[return-value]

    @property
    def lot(self) -> str | None:
        return self.value("10")  # type: ignore[return-value]

    @property
    def serial(self) -> str | None:
        return self.value("21")  # type: ignore[return-value]

    @property
    def expiry(self) -> date | None:
        return self.value("17")  # type: ignore[return-value]

    @property
    def best_before(self) -> date | None:
        return self.value("15")  # type: ignore[return-value]

    @property
    def count(self) -> int | None:
        """Item count from AI 30 (variable count) or 37 (count of contained trade items)."""
        return self.value("30", "37")  # type: ignore[return-value]

    @property
    def net_weight_kg(self) -> Decimal | None:
        element = self.get(*(f"310{n}" for n in range(10)))
        if element is not None:
            return element.value  # type: ignore[return-value]
        pounds = self.get(*(f"320{n}" for n in range(10)))
        if pounds is not None:
            return (pounds.value * Decimal("0.45359237")).quantize(Decimal("0.000001"))  # type: ignore[operator]
        return None

    def human_readable(self) -> str:
        return encode(((e.ai, e.raw) for e in self.elements), human=True)


# ---------------------------------------------------------------------------------------------
# Check digits (GS1 mod 10, used by GTIN-8/12/13/14, SSCC and GLN)


def check_digit(body: str) -> str:
    """The GS1 mod-10 check digit for `body` (all digits, without the check digit).

    From the right, digits are weighted 3, 1, 3, 1...; the check digit brings the sum to a
    multiple of ten.
    """
    if not body.isdigit() or not body.isascii():
        raise ValueError(f"check digits are computed over digits only, got {body!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def has_valid_check_digit(code: str) -> bool:
    return (
        len(code) >= 2 and code.isascii() and code.isdigit() and check_digit(code[:-1]) == code[-1]
    )


# ---------------------------------------------------------------------------------------------
# Dates


def resolve_year(yy: int, today: date) -> int:
    """Century for a two-digit year by the GS1 sliding window (General Specifications 7.12):
    up to 49 years back and 50 years ahead of the current year."""
    current = today.year
    diff = yy - current % 100
    century = current - current % 100
    if 51 <= diff <= 99:
        century -= 100
    elif -99 <= diff <= -50:
        century += 100
    return century + yy


def _parse_date(ai: str, raw: str, today: date) -> date:
    yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
    title = AI_TABLE[ai].title
    if not 1 <= mm <= 12:
        raise GS1ParseError(
            GS1ErrorCode.BAD_DATE, f"{title} {raw}: month {mm:02d} does not exist", ai
        )
    year = resolve_year(yy, today)
    last_day = calendar.monthrange(year, mm)[1]
    if dd == 0:
        # GS1: day 00 means the date is only given to the month; it is the month's last day.
        dd = last_day
    if dd > last_day:
        raise GS1ParseError(
            GS1ErrorCode.BAD_DATE, f"{title} {raw}: day {dd:02d} does not exist in that month", ai
        )
    return date(year, mm, dd)


# ---------------------------------------------------------------------------------------------
# Parsing


def _match_ai(data: str, pos: int) -> AISpec:
    # AIs are prefix-free, so the first match of 2, 3 or 4 digits is the only one.
    for size in (2, 3, 4):
        candidate = data[pos : pos + size]
        if candidate in AI_TABLE:
            return AI_TABLE[candidate]
    shown = data[pos : pos + 4]
    raise GS1ParseError(
        GS1ErrorCode.UNKNOWN_AI,
        f"the barcode contains an application identifier this app does not know ({shown!r}…)",
    )


def _typed_value(spec: AISpec, raw: str, today: date) -> object:
    if spec.fmt in (ValueFormat.ALNUM,):
        bad = sorted({c for c in raw if c not in _CSET82})
        if bad:
            raise GS1ParseError(
                GS1ErrorCode.BAD_CHARACTER,
                f"{spec.title} {raw!r} contains characters GS1 does not allow: {''.join(bad)!r}",
                spec.ai,
            )
        return raw
    if not (raw.isascii() and raw.isdigit()):
        raise GS1ParseError(
            GS1ErrorCode.BAD_CHARACTER, f"{spec.title} must be digits only, got {raw!r}", spec.ai
        )
    if spec.fmt is ValueFormat.CHECKED:
        expected = check_digit(raw[:-1])
        if expected != raw[-1]:
            raise GS1ParseError(
                GS1ErrorCode.BAD_CHECK_DIGIT,
                f"{spec.title} {raw} has check digit {raw[-1]}, but it should be {expected}",
                spec.ai,
                expected,
            )
        return raw
    if spec.fmt is ValueFormat.COUNT:
        return int(raw)
    if spec.fmt is ValueFormat.DECIMAL:
        return Decimal(int(raw)).scaleb(-spec.decimals)
    if spec.fmt is ValueFormat.DATE:
        return _parse_date(spec.ai, raw, today)
    if spec.fmt is ValueFormat.DATETIME:
        day = _parse_date(spec.ai, raw[:6], today)
        hh, mi = int(raw[6:8]), int(raw[8:10])
        if hh > 23 or mi > 59:
            raise GS1ParseError(GS1ErrorCode.BAD_DATE, f"{spec.title} {raw}: bad time", spec.ai)
        return (day, hh, mi)
    return raw


def parse_element_string(
    data: str, *, separators: Iterable[str] = (GROUP_SEPARATOR,), today: date | None = None
) -> GS1Message:
    """Parse a GS1 element string as transmitted by a scanner (no symbology identifier).

    `separators` are the characters that stand for FNC1 in the data: normally GS (ASCII 29);
    some keyboard-wedge setups are configured to send another character instead.
    """
    today = today or date.today()
    seps = set(separators)
    # A leading FNC1 (some scanners transmit the one in first position) carries no data.
    start = 0
    while start < len(data) and data[start] in seps:
        start += 1
    if start >= len(data):
        raise GS1ParseError(GS1ErrorCode.EMPTY, "the barcode is empty")
    elements: list[GS1Element] = []
    seen: set[str] = set()
    pos = start
    while pos < len(data):
        spec = _match_ai(data, pos)
        pos += len(spec.ai)
        if spec.fixed:
            raw = data[pos : pos + spec.length]
            got = min((raw.index(s) for s in seps if s in raw), default=len(raw))
            if got < spec.length:
                raise GS1ParseError(
                    GS1ErrorCode.TOO_SHORT,
                    f"{spec.title} (AI {spec.ai}) needs {spec.length} characters, got {got}",
                    spec.ai,
                )
            pos += spec.length
        else:
            end = pos
            while end < len(data) and data[end] not in seps:
                end += 1
            raw = data[pos:end]
            pos = end
            if not raw:
                raise GS1ParseError(
                    GS1ErrorCode.TOO_SHORT, f"{spec.title} (AI {spec.ai}) is empty", spec.ai
                )
            if len(raw) > spec.length:
                raise GS1ParseError(
                    GS1ErrorCode.TOO_LONG,
                    f"{spec.title} (AI {spec.ai}) is {len(raw)} characters, at most "
                    f"{spec.length} are allowed (is a separator missing after it?)",
                    spec.ai,
                )
        if pos < len(data) and data[pos] in seps:
            pos += 1
        value = _typed_value(spec, raw, today)
        if spec.ai in seen:
            previous = next(e for e in elements if e.ai == spec.ai)
            if previous.raw != raw:
                raise GS1ParseError(
                    GS1ErrorCode.REPEATED_AI,
                    f"{spec.title} (AI {spec.ai}) appears twice with different values",
                    spec.ai,
                )
            continue
        seen.add(spec.ai)
        elements.append(GS1Element(spec.ai, raw, value))
    return GS1Message(tuple(elements))


_HUMAN_PART = re.compile(r"\((\d{2,4})\)([^()]*)")


def parse_human_readable(text: str, *, today: date | None = None) -> GS1Message:
    """Parse the bracketed form "(01)09506000134352(17)261231(10)ABC"."""
    pairs: list[tuple[str, str]] = []
    pos = 0
    for match in _HUMAN_PART.finditer(text):
        if match.start() != pos:
            break
        pairs.append((match.group(1), match.group(2)))
        pos = match.end()
    if not pairs or pos != len(text):
        raise GS1ParseError(
            GS1ErrorCode.UNKNOWN_AI, f"{text!r} is not in the form (AI)value(AI)value"
        )
    for ai, _value in pairs:
        if ai not in AI_TABLE:
            raise GS1ParseError(
                GS1ErrorCode.UNKNOWN_AI,
                f"the barcode contains an application identifier this app does not know ({ai})",
            )
    # Re-encode with separators everywhere so the one parser does every check.
    joined = GROUP_SEPARATOR.join(ai + value for ai, value in pairs)
    return parse_element_string(joined, today=today)


def encode(
    elements: Iterable[tuple[str, str]], *, human: bool = False, separator: str = GROUP_SEPARATOR
) -> str:
    """Encode (AI, raw value) pairs as an element string (or its bracketed human form).

    A separator follows every field that is not of predefined length, except the last, exactly
    as a GS1-128 encoder places FNC1.
    """
    pairs: Sequence[tuple[str, str]] = list(elements)
    if human:
        return "".join(f"({ai}){value}" for ai, value in pairs)
    out: list[str] = []
    for index, (ai, value) in enumerate(pairs):
        spec = AI_TABLE.get(ai)
        if spec is None:
            raise ValueError(f"unknown application identifier {ai!r}")
        out.append(ai + value)
        if index < len(pairs) - 1 and not spec.predefined_length:
            out.append(separator)
    return "".join(out)
