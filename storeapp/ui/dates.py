"""One way of writing dates and times on every screen: the locale's short format (Qt's QLocale),
in the store's time zone when one is given. "04/12/2026 17:40" for a French PC, "12/4/26 5:40 PM"
for an American one; never three formats side by side."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# A PC without a configured locale (the "C" locale) gets ISO dates: unambiguous everywhere, where
# Qt's C short format ("5 12 2026") reads as nothing.
_ISO_DATE, _ISO_TIME = "yyyy-MM-dd", "HH:mm"


def _iso() -> bool:
    return QLocale().language() == QLocale.Language.C


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date | datetime | None, tz: tzinfo | None = None) -> str:
    """The date alone, e.g. for when a sale was made."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = _local(day, tz).date()
    if _iso():
        return QLocale().toString(_qdate(day), _ISO_DATE)
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def time_text(moment: datetime, tz: tzinfo | None = None) -> str:
    local = _local(moment, tz)
    time = QTime(local.hour, local.minute)
    if _iso():
        return QLocale().toString(time, _ISO_TIME)
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """Date and time, e.g. when a change was made or the data was last received."""
    if moment is None:
        return ""
    local = _local(moment, tz)
    qt = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    if _iso():
        return QLocale().toString(qt, f"{_ISO_DATE} {_ISO_TIME}")
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime | None, now: datetime, tz: tzinfo | None = None) -> str:
    """The time alone for today (what a shift cares about), else date and time."""
    if moment is None:
        return ""
    if _local(moment, tz).date() == _local(now, tz).date():
        return time_text(moment, tz)
    return datetime_text(moment, tz)
