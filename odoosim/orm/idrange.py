"""Keyset paging: searches bounded by ``id`` answered from the ordered ids.

A first sync pages through a table with ``[..., ("id", ">", last_id)]`` ordered by id, which
PostgreSQL answers from the primary key. Testing the whole domain on every row for every page
would make such a sync quadratic in the table size (each page has a new bound, so the search
cache never helps). Here the ``id`` bounds of the top-level conjunction pick a slice of the
sorted ids by bisection, the rest of the domain is tested on that slice only, and a search
ordered by id stops as soon as the page is full. The answer is exactly the general path's.
"""

from __future__ import annotations

import bisect

from odoosim.orm.domain import DomainCompiler, is_leaf, normalize

ID_BOUNDS = frozenset((">", ">=", "<", "<="))


def conjuncts(domain) -> list[list]:
    """The terms a domain ANDs at its top level, in order, each a complete prefix sub-domain.

    ``["&", A, "|", B, C]`` gives ``[[A], ["|", B, C]]``: every term must hold for a row to match,
    so a term that is a single leaf can be used on its own (an index or an id bound).
    """
    items = normalize(domain)
    if not items:
        return []
    terms = []
    stack = [0]
    while stack:
        pos = stack.pop()
        if items[pos] == "&":
            right = _term_end(items, pos + 1)
            stack.append(right)  # popped after the left operand: the order stays the domain's
            stack.append(pos + 1)
        else:
            terms.append(items[pos : _term_end(items, pos)])
    return terms


def _term_end(items: list, pos: int) -> int:
    """Index just past the complete prefix term that starts at ``pos``."""
    needed = 1
    while needed:
        item = items[pos]
        pos += 1
        if item == "&" or item == "|":
            needed += 1
        elif item != "!":
            needed -= 1
    return pos


def indexed_candidates(table, leaves) -> set[int] | None:
    """Ids that can satisfy every given leaf, from the ``id`` and many2one indexes; None when
    no leaf can use an index. A superset of the matches: the caller still tests the domain."""
    best = None
    for name, operator, value in leaves:
        if operator == "in" and not isinstance(value, list | tuple | set):
            continue  # a scalar "in" value: no index shortcut, the domain test handles it
        if name == "id" and operator == "in":
            found = {v for v in value if v in table.rows}
        elif name == "id" and operator == "=" and isinstance(value, int):
            found = {value} if value in table.rows else set()
        elif name in table.indexes and operator == "=" and value and isinstance(value, int):
            found = table.ids_where(name, value)
        elif name in table.indexes and operator == "in" and False not in value:
            found = set()
            for v in value:
                found |= table.ids_where(name, v)
        else:
            continue
        if best is None or len(found) < len(best):
            best = found
    return best


def sorted_ids(model) -> list[int]:
    """All ids of the model's table in ascending order, kept until the next change to the
    database (every insert, delete and rollback moves its version)."""
    table = model._table
    cache = model.env.server.search_cache
    key = (table.name, "sorted ids", model.env.db.version)
    ids = cache.get(key)
    if ids is None or len(ids) != len(table.rows):
        ids = sorted(table.rows)  # ids are mostly inserted in order: close to one linear pass
        cache.put(key, ids)
    return ids


def search_id_range(model, domain, spec, offset: int, limit) -> list[int] | None:
    """The ids ``_search_ids`` would return for a domain whose top level ANDs integer ``id``
    bounds (``>``, ``>=``, ``<``, ``<=``); None when the domain has none (use the general path).

    ``domain`` has the active filter applied already and ``spec`` is the parsed order.
    """
    if offset < 0 or (limit and int(limit) < 0):
        return None
    terms = conjuncts(domain)
    bounds = []
    rest = []
    leaves = []
    for term in terms:
        if len(term) == 1 and is_leaf(term[0]):
            name, operator, value = term[0]
            if (
                name == "id"
                and isinstance(operator, str)
                and operator in ID_BOUNDS
                and isinstance(value, int)
                and not isinstance(value, bool)  # ("id", ">", False) matches nothing in Odoo
            ):
                bounds.append((operator, value))
                continue
            leaves.append(term[0])
        rest.extend(term)
    if not bounds:
        return None
    compiled = DomainCompiler(model).compile(rest) if rest else None
    ordered = sorted_ids(model)
    lo, hi = 0, len(ordered)
    for operator, value in bounds:
        if operator == ">":
            lo = max(lo, bisect.bisect_right(ordered, value))
        elif operator == ">=":
            lo = max(lo, bisect.bisect_left(ordered, value))
        elif operator == "<":
            hi = min(hi, bisect.bisect_left(ordered, value))
        else:
            hi = min(hi, bisect.bisect_right(ordered, value))
    if lo >= hi:
        return []
    indexed = indexed_candidates(model._table, leaves)
    if indexed is not None and len(indexed) < hi - lo:
        first, last = ordered[lo], ordered[hi - 1]
        candidates = sorted(rid for rid in indexed if first <= rid <= last)
    else:
        candidates = None  # walk ordered[lo:hi] in place rather than copy the slice
    by_id = spec in ([("id", False)], [("id", True)])
    wanted = offset + int(limit) if limit and by_id else None
    descending = spec == [("id", True)]
    if candidates is not None:
        walk = reversed(candidates) if descending else iter(candidates)
    elif descending:
        walk = (ordered[pos] for pos in range(hi - 1, lo - 1, -1))
    else:
        walk = (ordered[pos] for pos in range(lo, hi))
    rows = model._table.rows
    found = []
    for rid in walk:
        if compiled is None or compiled(rid, rows[rid]):
            found.append(rid)
            if len(found) == wanted:
                break
    if not by_id:
        found = model._sort_ids(found, spec)
    if limit:
        return found[offset : offset + int(limit)]
    return found[offset:]
