"""Many2one values as Odoo sends them, decoded in one place.

`search_read` and `read` give a many2one as `[id, "display name"]`, an unset one as `False`;
some answers (JSON-2 with a field spec, a value written back, `load='_classic_write'`) give a
bare id. Three entries, because three kinds of caller need three answers to a value of any
other shape:

- `m2o`, strict, for the mirror: a row whose many2one is text or a list without an id raises
  `BadRow`, and the pull sets that row aside with its reason. Stored as "no value", it would
  silently cut the record loose from its product, location or order in the cache.
- `m2o_lenient`, for the push handlers (and the identity refresh): they read records in the
  middle of sending an op and only compare or pass on the id; an unset value of any falsy
  shape is "none", and anything else is taken as it came, so a reply Odoo gives in a shape
  the mirror would refuse never stops an op half-sent.
- `m2o_id_or_none`, for joining a first sync's page to its linked records (a variant to its
  template): a link of another shape joins nothing, without stopping the page; `m2o` then
  sets that row aside.
"""

from __future__ import annotations

from typing import Any


class BadRow(ValueError):
    """An Odoo row whose values do not have the shape its field has: it is set aside."""


def m2o(value: Any) -> int | None:
    """A many2one as read by search_read: [id, name], a bare id, or False. Any other shape
    (text, a list without an id) raises BadRow rather than being stored as "no value"."""
    # Called for most columns of every mirrored row: the common shapes (a bare id, as read
    # with `load='_classic_write'`, and `[int id, name]`) are answered before the general
    # checks. `type(...) is int` leaves booleans to the checks below.
    if type(value) is int:
        return value
    if type(value) is list and value and type(value[0]) is int:
        return value[0]
    if value is False or value is None:
        return None
    if isinstance(value, list | tuple):
        if not value:
            return None
        if isinstance(value[0], int) and not isinstance(value[0], bool):
            return value[0]
    elif isinstance(value, int) and not isinstance(value, bool):
        return value
    raise BadRow(f"a many2one field came as {_shape(value)}, not [id, name]")


def m2o_id_or_none(value: Any) -> int | None:
    """The id of a many2one read bare or as [id, name]; None for unset or any other shape,
    without raising: for joining a page's rows to their linked records, where a row of a
    wrong shape joins nothing and `m2o` sets it aside when the row is mapped."""
    if type(value) is int:
        return value
    if type(value) is list and value and type(value[0]) is int:
        first: int = value[0]
        return first
    return None


def m2o_lenient(value: Any) -> Any:
    """The id of a many2one given as [id, name] or a bare id; None when it is unset (False,
    None, an empty list, 0). Never raises: see the module docstring for who needs this."""
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value or None


def m2o_name(value: Any) -> str | None:
    """The display name of a many2one read as [id, name]; None for a bare id or unset."""
    if isinstance(value, list | tuple) and len(value) > 1:
        return str(value[1])
    return None


def _shape(value: Any) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40]}{'…' if len(shown) > 40 else ''}"
