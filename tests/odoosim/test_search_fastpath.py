"""The id-range (keyset) search path answers exactly what the general path answers.

A first sync pages with ``("id", ">", last_id)`` ordered by id; odoosim answers those pages from
the sorted ids instead of testing every row. Hypothesis compares both paths on random data and
random domains inside a transaction (inserts, deletes, ids out of insertion order), again after
the rollback, and the paging is checked end to end over odoorpc.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from odoosim import OdooSim
from odoosim.orm.domain import normalize
from odoosim.orm.idrange import conjuncts, search_id_range
from tests.odoosim.conftest import connect

MODEL = "res.partner"
ORDERS = [None, "id", "id asc", "id desc", "name, id", "customer_rank desc, id desc", "name desc"]


@pytest.fixture(scope="module")
def local_sim():
    """An emulator used in-process only (no HTTP): each example runs in a rolled-back call."""
    return OdooSim(seed="demo", test_mode=True)


def _base_ids(sim) -> list[int]:
    return sorted(sim.server.db.table(MODEL).rows)


def _companies(sim) -> list[int]:
    return sorted(sim.server.db.table("res.company").rows)


names = st.sampled_from([False, "", "alpha", "Beta", "gamma ray", "ALPHA two", "delta"])
row_values = st.fixed_dictionaries(
    {
        "name": names,
        "is_company": st.booleans(),
        "customer_rank": st.integers(0, 3),
        "active": st.booleans(),
        "parent_index": st.none() | st.integers(0, 30),
        "company_index": st.none() | st.integers(0, 3),
    }
)
changes = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), row_values),
        st.tuples(st.just("delete"), st.integers(0, 200)),
        st.tuples(st.just("reinsert"), row_values),  # an old id again: ids out of dict order
        st.tuples(st.just("rename"), st.integers(0, 200), names),
    ),
    max_size=25,
)


@st.composite
def id_leaf(draw, ids):
    operator = draw(st.sampled_from([">", ">=", "<", "<=", "=", "!=", "in", "not in"]))
    if operator in ("in", "not in"):
        return ("id", operator, draw(st.lists(st.sampled_from(ids), max_size=4)))
    value = draw(st.sampled_from(ids) | st.integers(-2, max(ids) + 3))
    return ("id", operator, value)


@st.composite
def other_leaf(draw, ids, companies):
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return ("name", draw(st.sampled_from(["ilike", "like", "=", "!=", "not ilike"])), "a")
    if kind == 1:
        return ("parent_id", "=", draw(st.sampled_from(ids)))
    if kind == 2:
        return (
            "parent_id",
            draw(st.sampled_from(["in", "not in"])),
            draw(st.lists(st.sampled_from(ids), max_size=3)),
        )
    if kind == 3:
        return ("company_id", "=", draw(st.sampled_from([False, *companies])))
    if kind == 4:
        return ("is_company", "=", draw(st.booleans()))
    if kind == 5:
        return (
            "customer_rank",
            draw(st.sampled_from([">", "<=", "=", "!="])),
            draw(st.integers(0, 3)),
        )
    if kind == 6:
        return ("active", "=", draw(st.booleans()))
    if kind == 7:
        return ("parent_id.name", "ilike", "a")
    if kind == 8:
        return ("id", ">", draw(st.sampled_from([False, True, 2.5])))  # not keyset bounds
    return draw(id_leaf(ids))


@st.composite
def domains(draw, ids, companies):
    """A conjunction of terms: single leaves, "|" pairs and "!" terms, often with id bounds."""
    terms = []
    for _ in range(draw(st.integers(0, 4))):
        shape = draw(st.integers(0, 5))
        if shape <= 1:
            terms.append([draw(id_leaf(ids))])
        elif shape == 2:
            terms.append(["|", draw(id_leaf(ids)), draw(other_leaf(ids, companies))])
        elif shape == 3:
            terms.append(["!", draw(other_leaf(ids, companies))])
        else:
            terms.append([draw(other_leaf(ids, companies))])
    if draw(st.booleans()):
        # Written out with explicit "&" the way some clients send them.
        domain = []
        for index, term in enumerate(terms):
            if index < len(terms) - 1:
                domain.append("&")
            domain.extend(term)
        return domain
    return [item for term in terms for item in term]


def _apply(db, changes, base_ids, companies):
    """Run random inserts, deletes and renames through the database (so they are undoable)."""
    live = list(base_ids)
    deleted = []
    for kind, arg, *more in changes:
        if kind in ("insert", "reinsert"):
            row = {
                "name": arg["name"],
                "is_company": arg["is_company"],
                "customer_rank": arg["customer_rank"],
                "active": arg["active"],
                "parent_id": live[arg["parent_index"] % len(live)]
                if arg["parent_index"] is not None and live
                else False,
                "company_id": companies[arg["company_index"] % len(companies)]
                if arg["company_index"] is not None
                else False,
            }
            rid = deleted.pop() if kind == "reinsert" and deleted else None
            live.append(db.insert(MODEL, row, rid))
        elif kind == "delete" and live:
            rid = live.pop(arg % len(live))
            db.delete(MODEL, rid)
            deleted.append(rid)
        elif kind == "rename" and live:
            db.update(MODEL, live[arg % len(live)], {"name": more[0]})


def _has_top_level_bound(domain) -> bool:
    for term in conjuncts(domain):
        if len(term) == 1:
            name, operator, value = term[0]
            bound = isinstance(value, int) and not isinstance(value, bool)
            if name == "id" and operator in (">", ">=", "<", "<=") and bound:
                return True
    return False


def _check_both_paths(model, domain, order, offset, limit):
    full = model._active_domain(normalize(domain))
    spec = model._parse_order(order)
    slow = model._scan_ids(full, spec, offset, limit)
    fast = search_id_range(model, full, spec, offset, limit)
    if _has_top_level_bound(full):
        assert fast == slow, (domain, order, offset, limit)
    else:
        assert fast is None, domain
    assert model._search_ids(domain, offset, limit, order) == slow
    return slow


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_id_range_path_matches_general_path(local_sim, data):
    server = local_sim.server
    db = server.db
    base_ids = _base_ids(local_sim)
    companies = _companies(local_sim)
    ids = base_ids + list(range(base_ids[-1] + 1, base_ids[-1] + 40))
    queries = data.draw(
        st.lists(
            st.tuples(
                domains(ids, companies),
                st.sampled_from(ORDERS),
                st.integers(0, 6),
                st.sampled_from([None, 0, 1, 2, 5, 80]),
                st.booleans(),
            ),
            min_size=1,
            max_size=4,
        )
    )
    before = [
        _check_both_paths(
            server.env(uid=1, su=True, context={"active_test": active})[MODEL], *query[:4]
        )
        for *query, active in queries
    ]
    db.begin("2026-01-01 00:00:00.000000")
    try:
        _apply(db, data.draw(changes), base_ids, companies)
        for *query, active in queries:
            model = server.env(uid=1, su=True, context={"active_test": active})[MODEL]
            _check_both_paths(model, *query[:4])
    finally:
        db.rollback()
    assert _base_ids(local_sim) == base_ids
    after = [
        _check_both_paths(
            server.env(uid=1, su=True, context={"active_test": active})[MODEL], *query[:4]
        )
        for *query, active in queries
    ]
    assert after == before


def test_conjuncts_split_only_the_top_level_and():
    a, b, c = ("id", ">", 1), ("name", "=", "x"), ("id", "<", 9)
    assert conjuncts([]) == []
    assert conjuncts([a, b]) == [[a], [b]]
    assert conjuncts(["&", a, "|", b, c]) == [[a], ["|", b, c]]
    assert conjuncts(["|", a, b, c]) == [["|", a, b], [c]]
    assert conjuncts(["!", "&", a, b, c]) == [["!", "&", a, b], [c]]
    assert conjuncts(["&", "&", a, b, c]) == [[a], [b], [c]]


def test_sync_shaped_pages_take_the_keyset_path(local_sim):
    """The domains storeapp's first sync sends (scope, references, active_test off, id bound)."""
    env = local_sim.server.env(uid=1, su=True, context={"active_test": False})
    model = env["stock.quant"]
    locations = sorted(local_sim.server.db.table("stock.location").rows)
    products = sorted(local_sim.server.db.table("product.product").rows)
    domain = [
        ("location_id", "in", locations),
        ("product_id", "in", products[:50]),
        ("id", ">", 3),
    ]
    full = model._active_domain(normalize(domain))
    spec = model._parse_order("id asc")
    assert search_id_range(model, full, spec, 0, 7) == model._scan_ids(full, spec, 0, 7)
    partners = env[MODEL].with_context(active_test=True)
    full = partners._active_domain(normalize([("id", ">", 2), ("customer_rank", ">=", 0)]))
    assert full[0] == ("active", "=", True)
    assert search_id_range(partners, full, partners._parse_order("id asc"), 0, 5) is not None


def test_keyset_paging_over_odoorpc_survives_writes_between_pages(sim, device):
    """Paging a table the way the sync does, with records created and deleted between pages,
    returns every record that existed throughout exactly once, in id order."""
    admin = connect(sim, "admin", "admin")
    partners = admin.env[MODEL]
    doomed = partners.create({"name": "Removed while paging"})
    everyone = partners.search([], order="id asc", context={"active_test": False})
    seen = []
    last_id = 0
    page_number = 0
    while True:
        domain = [("id", ">", last_id)] if last_id else []
        page = partners.search_read(
            domain,
            ["id", "name"],
            limit=3,
            order="id asc",
            context={"active_test": False},
        )
        if not page:
            break
        seen.extend(row["id"] for row in page)
        last_id = page[-1]["id"]
        page_number += 1
        if page_number == 2:
            partners.create({"name": "Created while paging"})
            partners.browse(doomed).unlink()
    assert seen == sorted(set(seen))
    assert set(everyone) - {doomed} <= set(seen)
    assert doomed not in seen
    assert max(seen) > max(everyone)  # the record created mid-way comes in a later page
    assert partners.search_count([("id", ">", everyone[2])], context={"active_test": False}) == (
        len([rid for rid in seen if rid > everyone[2]])
    )
