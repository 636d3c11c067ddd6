"""Odoo domains (prefix-notation lists with ``&``, ``|``, ``!``) compiled to Python predicates.

A compiled domain is a function ``(id, row) -> bool`` over stored rows. Dotted paths and
relational conditions are resolved the way Odoo's query builder does it: the sub-domain runs on
the comodel first and becomes an ``id in`` set on this side, so each leaf costs one set lookup
per row however deep the path is.
"""

from __future__ import annotations

import re

from odoosim.errors import value_error
from odoosim.orm.fields import normalize_date, normalize_datetime

OPERATORS = {
    "=",
    "!=",
    "<>",
    "<",
    "<=",
    ">",
    ">=",
    "in",
    "not in",
    "like",
    "ilike",
    "not like",
    "not ilike",
    "=like",
    "=ilike",
    "child_of",
    "parent_of",
}
TRUE_LEAF = (1, "=", 1)
FALSE_LEAF = (0, "=", 1)


def is_leaf(item) -> bool:
    return isinstance(item, list | tuple) and len(item) == 3


def normalize(domain) -> list:
    """Add the implicit ``&`` operators so the domain is a complete prefix expression."""
    if not domain:
        return []
    result = []
    expected = 1
    for item in domain:
        if expected == 0:
            result.insert(0, "&")
            expected = 1
        if isinstance(item, str) and item in ("&", "|"):
            expected += 1
        elif isinstance(item, str) and item == "!":
            pass
        elif is_leaf(item):
            expected -= 1
        else:
            raise value_error(f"Invalid leaf {item!r}")
        result.append(tuple(item) if is_leaf(item) else item)
    return result


def like_regex(pattern: str, *, wrap: bool, ignore_case: bool) -> re.Pattern:
    """SQL LIKE pattern (``%``/``_`` wildcards, backslash escapes) to a compiled regex."""
    out = []
    escaped = False
    for char in pattern:
        if escaped:
            out.append(re.escape(char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    body = "".join(out)
    if wrap:
        body = ".*" + body + ".*"
    return re.compile(body + r"\Z", re.S | (re.I if ignore_case else 0))


class DomainCompiler:
    """Compiles a normalised domain for one model in one environment."""

    def __init__(self, model):
        self.model = model
        self.env = model.env
        self.fields = model._fields

    def compile(self, domain):
        items = normalize(domain)
        if not items:
            return None
        pos = 0

        def parse():
            nonlocal pos
            item = items[pos]
            pos += 1
            if item == "!":
                inner = parse()
                return lambda rid, row: not inner(rid, row)
            if item in ("&", "|"):
                left = parse()
                right = parse()
                if item == "&":
                    return lambda rid, row: left(rid, row) and right(rid, row)
                return lambda rid, row: left(rid, row) or right(rid, row)
            return self.leaf(item)

        predicate = parse()
        return predicate

    # -- leaves ---------------------------------------------------------------------------------
    def leaf(self, leaf):
        left, operator, right = leaf
        if leaf in (TRUE_LEAF, tuple(TRUE_LEAF)) or (left == 1 and right == 1):
            return lambda rid, row: True
        if left == 0 and right == 1:
            return lambda rid, row: False
        operator = str(operator).lower()
        if operator not in OPERATORS:
            raise value_error(f"Invalid leaf {list(leaf)!r}")
        if operator == "<>":
            operator = "!="
        if not isinstance(left, str):
            raise value_error(f"Invalid leaf {list(leaf)!r}")
        name, _, rest = left.partition(".")
        field = self.fields.get(name)
        if field is None and name != "id":
            raise value_error(f"Invalid field {self.model._name}.{name} in leaf {leaf!r}")
        if name == "id":
            return self.id_leaf(operator, right)
        if field.related and not field.store:
            path = field.related + ("." + rest if rest else "")
            return self.leaf((path, operator, right))
        if not field.store and field.type != "one2many":
            if field.search:
                sub = getattr(self.model, field.search)(operator, right)
                return DomainCompiler(self.model).compile(sub) or (lambda rid, row: True)
            raise value_error(f"Non-stored field {self.model._name}.{name} cannot be searched.")
        if rest:
            return self.path_leaf(field, rest, operator, right)
        if field.type == "many2one":
            return self.many2one_leaf(field, operator, right)
        if field.type in ("one2many", "many2many"):
            return self.x2many_leaf(field, operator, right)
        return self.value_leaf(name, field, operator, right)

    def id_leaf(self, operator, right):
        if operator in ("in", "not in"):
            ids = set(right or ())
            if operator == "in":
                return lambda rid, row: rid in ids
            return lambda rid, row: rid not in ids
        if operator in ("child_of", "parent_of"):
            ids = set(self.hierarchy(self.model, operator, right))
            return lambda rid, row: rid in ids
        return self.compare(lambda rid, row: rid, operator, right, None)

    def path_leaf(self, field, rest, operator, right):
        comodel = self.env[field.comodel].with_context(active_test=False)
        sub_ids = set(comodel._search_ids([(rest, operator, right)]))
        if field.type == "many2one":
            fname = field.name
            return lambda rid, row: row.get(fname) in sub_ids
        if field.type == "many2many":
            fname = field.name
            return lambda rid, row: bool(sub_ids.intersection(row.get(fname) or ()))
        parents = self.one2many_parents(field, sub_ids)
        return lambda rid, row: rid in parents

    def one2many_parents(self, field, child_ids) -> set:
        table = self.env.db.table(field.comodel)
        inverse = field.inverse_name
        return {table.rows[cid].get(inverse) for cid in child_ids if cid in table.rows} - {
            False,
            None,
        }

    def hierarchy(self, model, operator, right) -> list[int]:
        """Ids of the records below (child_of) or above (parent_of) the given ones, included."""
        if isinstance(right, str):
            start = [rid for rid, _name in model._name_search_rows(right, "ilike", None)]
        elif isinstance(right, int):
            start = [right]
        else:
            start = list(right or ())
        parent = model._parent_name
        table = self.env.db.table(model._name)
        result = set(start)
        if operator == "child_of":
            frontier = list(start)
            while frontier:
                children = []
                for pid in frontier:
                    children.extend(table.ids_where(parent, pid) - result)
                result.update(children)
                frontier = children
        else:
            for rid in start:
                row = table.rows.get(rid)
                while row is not None and row.get(parent) and row.get(parent) not in result:
                    result.add(row[parent])
                    row = table.rows.get(row[parent])
        return sorted(result)

    def many2one_leaf(self, field, operator, right):
        fname = field.name
        if operator in ("child_of", "parent_of"):
            comodel = self.env[field.comodel].with_context(active_test=False)
            ids = set(self.hierarchy(comodel, operator, right))
            return lambda rid, row: row.get(fname) in ids
        if operator in ("like", "ilike", "not like", "not ilike", "=like", "=ilike") or (
            isinstance(right, str) and operator in ("=", "!=")
        ):
            comodel = self.env[field.comodel].with_context(active_test=False)
            positive = operator.replace("not ", "") if operator.startswith("not") else operator
            if positive in ("=", "!="):
                positive = "="
            ids = {rid for rid, _ in comodel._name_search_rows(right, positive, None)}
            negate = operator.startswith("not") or operator == "!="
            if negate:
                return lambda rid, row: row.get(fname) not in ids
            return lambda rid, row: row.get(fname) in ids
        return self.value_leaf(fname, field, operator, right)

    def x2many_leaf(self, field, operator, right):
        if operator in ("=", "!=") and (right is False or right == []):
            if field.type == "many2many":
                fname = field.name
                empty = operator == "="
                return lambda rid, row: (not row.get(fname)) is empty
            parents = self.one2many_parents(field, set(self.env.db.table(field.comodel).rows))
            if operator == "=":
                return lambda rid, row: rid not in parents
            return lambda rid, row: rid in parents
        if operator in ("=", "in", "!=", "not in"):
            wanted = set(right if isinstance(right, list | tuple) else [right])
            negate = operator in ("!=", "not in")
        else:
            comodel = self.env[field.comodel].with_context(active_test=False)
            positive = operator.replace("not ", "")
            wanted = {rid for rid, _ in comodel._name_search_rows(right, positive, None)}
            negate = operator.startswith("not")
        if field.type == "many2many":
            fname = field.name
            if negate:
                return lambda rid, row: not wanted.intersection(row.get(fname) or ())
            return lambda rid, row: bool(wanted.intersection(row.get(fname) or ()))
        parents = self.one2many_parents(field, wanted)
        if negate:
            return lambda rid, row: rid not in parents
        return lambda rid, row: rid in parents

    def value_leaf(self, fname, field, operator, right):
        null = field.null
        ftype = field.type

        def convert(value):
            if value is False or value is None:
                return False
            if ftype == "datetime":
                return normalize_datetime(value)
            if ftype == "date":
                return normalize_date(value)
            if ftype in ("float", "monetary"):
                return float(value)
            if ftype == "integer":
                return int(value)
            return value

        def getter(rid, row):
            return row.get(fname, null)

        if operator in ("in", "not in"):
            values = right if isinstance(right, list | tuple | set) else [right]
            wanted = {convert(v) for v in values}
            with_false = False in wanted or None in wanted
            if ftype == "boolean":
                wanted = {bool(v) for v in wanted}
                if operator == "in":
                    return lambda rid, row: bool(row.get(fname)) in wanted
                return lambda rid, row: bool(row.get(fname)) not in wanted
            if operator == "in":
                if with_false:
                    return lambda rid, row: (row.get(fname) or False) in wanted
                return lambda rid, row: row.get(fname) in wanted
            return lambda rid, row: row.get(fname, null) not in wanted
        if operator in ("like", "ilike", "not like", "not ilike", "=like", "=ilike"):
            if right is False or right is None:
                right = ""
            wrap = not operator.startswith("=")
            regex = like_regex(str(right), wrap=wrap, ignore_case="ilike" in operator)
            negate = operator.startswith("not")
            match = regex.match

            def like(rid, row):
                value = row.get(fname)
                if value is False or value is None:
                    return negate
                hit = match(value if isinstance(value, str) else str(value)) is not None
                return hit != negate

            return like
        return self.compare(getter, operator, convert(right), ftype)

    @staticmethod
    def compare(getter, operator, right, ftype):
        if ftype == "boolean":
            right = bool(right)
            if operator == "=":
                return lambda rid, row: bool(getter(rid, row)) == right
            if operator == "!=":
                return lambda rid, row: bool(getter(rid, row)) != right
        if right is False and ftype not in ("integer", "float", "monetary"):
            if operator == "=":
                return lambda rid, row: getter(rid, row) in (False, None, "")
            if operator == "!=":
                return lambda rid, row: getter(rid, row) not in (False, None, "")
            return lambda rid, row: False
        nullable = ftype not in ("integer", "float", "monetary", None)

        def guard(test):
            if not nullable:
                return test

            def guarded(rid, row):
                value = getter(rid, row)
                return value is not False and value is not None and test(value)

            return guarded

        if operator == "=":
            return lambda rid, row: getter(rid, row) == right
        if operator == "!=":
            # SQL "!=" in Odoo also matches NULL rows ("x != v OR x IS NULL").
            return lambda rid, row: getter(rid, row) != right
        if nullable:
            tests = {
                "<": lambda value: value < right,
                "<=": lambda value: value <= right,
                ">": lambda value: value > right,
                ">=": lambda value: value >= right,
            }
            return guard(tests[operator])
        tests = {
            "<": lambda rid, row: getter(rid, row) < right,
            "<=": lambda rid, row: getter(rid, row) <= right,
            ">": lambda rid, row: getter(rid, row) > right,
            ">=": lambda rid, row: getter(rid, row) >= right,
        }
        return tests[operator]
