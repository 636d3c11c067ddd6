"""``read_group`` with Odoo 17's result shape (``<field>_count``/``__count``, ``__domain``)."""

from __future__ import annotations

from odoosim.errors import value_error

DATE_GRANULARITY = {"day": 10, "month": 7, "year": 4}


def _parse_groupby(model, spec: str):
    name, _, granularity = spec.partition(":")
    field = model._fields.get(name)
    if field is None:
        raise value_error(f"Invalid field {name!r} on model {model._name!r}")
    if not field.store:
        raise value_error(f"Cannot convert field {model._name}.{name} to SQL")
    if field.type in ("date", "datetime"):
        granularity = granularity or "month"
    return name, field, granularity


def _parse_aggregates(model, fields):
    aggregates = []
    for spec in fields or []:
        name, _, func = spec.partition(":")
        if "(" in func:
            func = func.split("(")[0]
        field = model._fields.get(name)
        if field is None:
            if name == "__count":
                continue
            raise value_error(f"Invalid field {name!r} on model {model._name!r}")
        func = func or field.aggregator
        if not func or not field.store:
            continue
        aggregates.append((name, func))
    return aggregates


def _aggregate(func, values):
    values = [v for v in values if v is not None and v is not False] if func != "count" else values
    if func == "sum":
        return sum(values) if values else 0
    if func == "min":
        return min(values) if values else False
    if func == "max":
        return max(values) if values else False
    if func == "avg":
        return sum(values) / len(values) if values else False
    if func == "count":
        return len(values)
    if func == "count_distinct":
        return len(set(values))
    if func == "array_agg":
        return list(values)
    if func in ("bool_and", "bool_or"):
        return all(values) if func == "bool_and" else any(values)
    raise value_error(f"Invalid aggregation function {func!r}.")


def read_group(model, domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True):
    if isinstance(groupby, str):
        groupby = [groupby]
    groupby = list(groupby or [])
    specs = [_parse_groupby(model, g) for g in groupby]
    used = specs[:1] if lazy and specs else specs
    aggregates = _parse_aggregates(model, fields)
    ids = model._search_ids(domain or [], 0, None, None)
    rows = model._table.rows
    groups: dict[tuple, list[int]] = {}
    for rid in ids:
        row = rows[rid]
        key = []
        for name, field, granularity in used:
            value = row.get(name, field.null)
            if field.type in ("date", "datetime") and value:
                value = value[: DATE_GRANULARITY.get(granularity, 7)]
            if field.type == "many2many":
                value = tuple(value or ())
            key.append(value)
        groups.setdefault(tuple(key), []).append(rid)
    result = []
    for key, members in groups.items():
        entry = {}
        sub_domain = list(domain or [])
        for (name, field, granularity), value in zip(used, key, strict=True):
            label = f"{name}:{granularity}" if granularity else name
            if field.type == "many2one":
                names = model.env[field.comodel]._display_names([value])
                entry[label] = [value, names.get(value, "")] if value else False
            else:
                entry[label] = value
            sub_domain = [(name, "=", value)] + sub_domain
        count_key = f"{used[0][0]}_count" if lazy and len(used) == 1 else "__count"
        entry[count_key] = len(members)
        for name, func in aggregates:
            values = [rows[rid].get(name, model._fields[name].null) for rid in members]
            entry[name] = _aggregate(func, values)
        entry["__domain"] = sub_domain
        if lazy and len(specs) > 1:
            entry["__context"] = {"group_by": groupby[1:]}
        result.append(entry)
    if orderby:
        for part in reversed(str(orderby).split(",")):
            words = part.split()
            if not words:
                continue
            key_name = words[0]
            desc = len(words) > 1 and words[1].lower() == "desc"
            result.sort(key=lambda e, k=key_name: _sort_key(e.get(k)), reverse=desc)
    else:
        result.sort(key=lambda e: tuple(_sort_key(e.get(n)) for n in e if not n.startswith("_")))
    result = result[int(offset or 0) :]
    if limit:
        result = result[: int(limit)]
    return result


def _sort_key(value):
    if isinstance(value, list):
        value = value[1] if len(value) > 1 else value[0]
    if value is False or value is None:
        return (1, "")
    return (0, str(value) if not isinstance(value, int | float) else f"{value:020.6f}")
