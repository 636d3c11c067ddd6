"""The model base class: recordsets and the public ORM methods Odoo serves over RPC.

Models subclass :class:`Model` and declare fields as class attributes, exactly like Odoo. Public
methods (no leading underscore) are callable over RPC; those marked :func:`api_model` receive
``args`` as-is, the others take the record ids as their first argument. Internal helpers start
with ``_`` and are refused over RPC with Odoo's "Private methods" AccessError.
"""

from __future__ import annotations

import bisect
import copy as copy_module

from odoosim.errors import AccessError, ValidationError, value_error
from odoosim.orm import security
from odoosim.orm.domain import DomainCompiler, normalize
from odoosim.orm.env import REGISTRY
from odoosim.orm.fields import Datetime, Field, Integer, Many2one, normalize_datetime

MAGIC_FIELDS = ("create_date", "create_uid", "write_date", "write_uid")
# Recordset helpers that Odoo 18 lists as private; refusing them keeps RPC to real methods.
NOT_RPC = {
    "browse",
    "sudo",
    "with_context",
    "with_user",
    "ensure_one",
    "mapped",
    "filtered",
    "sorted",
    "ids",
    "id",
    "env",
    "new",
}


def api_model(method):
    """Mark a method as model-level: over RPC it gets ``args`` without a leading id list."""
    method._api_model = True
    return method


class Model:
    """Base of every emulated model; an instance is a recordset (``env`` + ordered ids)."""

    _name: str | None = None
    _description = ""
    _order = "id"
    _rec_name = "name"
    _parent_name = "parent_id"
    _log_access = True
    _abstract = True
    _fields: dict[str, Field] = {}
    # Reverse many2one map, filled by finalize(): comodel -> [(model, field, ondelete)].
    _referencing: dict[str, list] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("_abstract", False) or not cls._name:
            return
        fields: dict[str, Field] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        fields["id"] = Integer("ID", readonly=True)
        if cls._log_access:
            fields.setdefault("create_date", Datetime("Created on", readonly=True))
            fields.setdefault("create_uid", Many2one("res.users", "Created by", readonly=True))
            fields.setdefault("write_date", Datetime("Last Updated on", readonly=True))
            fields.setdefault("write_uid", Many2one("res.users", "Last Updated by", readonly=True))
        fields.setdefault("display_name", Field("Display Name", compute="_compute_display_name"))
        bound = {}
        for name, field in fields.items():
            field = copy_module.copy(field)
            field.bind(cls._name, name)
            bound[name] = field
        bound["id"].store = True
        cls._fields = bound
        for name in ("display_name", *MAGIC_FIELDS):
            if name in bound and not isinstance(getattr(cls, name, None), Field):
                setattr(cls, name, bound[name])
        REGISTRY[cls._name] = cls

    # -- recordset basics -------------------------------------------------------------------------
    def __init__(self, env, ids=()):
        self.env = env
        self._ids = tuple(ids)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def id(self):
        return self._ids[0] if len(self._ids) == 1 else False

    def __len__(self):
        return len(self._ids)

    def __bool__(self):
        return bool(self._ids)

    def __iter__(self):
        for rid in self._ids:
            yield type(self)(self.env, (rid,))

    def __eq__(self, other):
        return isinstance(other, Model) and other._name == self._name and other._ids == self._ids

    def __hash__(self):
        return hash((self._name, self._ids))

    def __or__(self, other):
        return self.browse(list(dict.fromkeys(self._ids + other._ids)))

    def __sub__(self, other):
        drop = set(other._ids)
        return self.browse([rid for rid in self._ids if rid not in drop])

    def __repr__(self):
        return f"{self._name}{self._ids!r}"

    def browse(self, ids=()):
        if isinstance(ids, int):
            ids = [ids]
        return type(self)(self.env, ids or ())

    def sudo(self, flag=True):
        return type(self)(self.env(su=flag), self._ids)

    def with_context(self, *args, **kwargs):
        context = dict(args[0]) if args else dict(self.env.context)
        context.update(kwargs)
        return type(self)(self.env(context=context), self._ids)

    def with_user(self, uid):
        return type(self)(self.env(uid=uid, su=False), self._ids)

    def ensure_one(self):
        if len(self._ids) != 1:
            raise value_error(f"Expected singleton: {self!r}")
        return self

    def mapped(self, fname: str):
        field = self._fields[fname]
        values = self._values_for(field, list(self._ids))
        if field.type == "many2one":
            return self.env[field.comodel].browse(list(dict.fromkeys(v for v in values if v)))
        if field.type in ("one2many", "many2many"):
            ids = []
            for value in values:
                ids.extend(value)
            return self.env[field.comodel].browse(list(dict.fromkeys(ids)))
        return values

    def filtered(self, func):
        return self.browse([rec.id for rec in self if func(rec)])

    def exists(self):
        rows = self._table.rows
        return self.browse([rid for rid in self._ids if rid in rows])

    @property
    def _table(self):
        return self.env.db.table(self._name)

    def _row(self):
        return self._table.rows[self.ensure_one()._ids[0]]

    def _field_value(self, field):
        if not self._ids:
            if field.type in ("many2one", "one2many", "many2many"):
                return self.env[field.comodel]
            return field.empty()
        if len(self._ids) != 1:
            raise value_error(f"Expected singleton: {self!r}")
        if self._ids[0] not in self._table.rows:
            raise self.env.missing_error(self._name, self._ids, "read")
        value = self._values_for(field, list(self._ids))[0]
        if field.type == "many2one":
            return self.env[field.comodel].browse([value] if value else [])
        if field.type in ("one2many", "many2many"):
            return self.env[field.comodel].browse(list(value))
        return value

    # -- values -------------------------------------------------------------------------------------
    def _values_for(self, field, ids: list[int]) -> list:
        """Stored-form values of ``field`` for existing ``ids`` (related/computed resolved)."""
        rows = self._table.rows
        name = field.name
        if name == "id":
            return list(ids)
        if field.store:
            null = field.null
            if field.type == "many2many":
                return [list(rows[rid].get(name) or ()) for rid in ids]
            return [rows[rid].get(name, null) for rid in ids]
        if field.type == "one2many":
            table = self.env.db.table(field.comodel)
            inverse = field.inverse_name
            return [sorted(table.ids_where(inverse, rid)) for rid in ids]
        if field.related:
            return self._related_values(field, ids)
        if field.compute:
            return list(getattr(self.browse(ids), field.compute)())
        return [field.null for _ in ids]

    def _related_values(self, field, ids):
        return self._resolve_related(field.related.split("."), ids)

    def _resolve_related(self, path, ids):
        model = self
        keys = list(ids)
        for hop in path[:-1]:
            hop_field = model._fields[hop]
            rows = model._table.rows
            if hop_field.store:
                keys = [rows[k].get(hop) if k and k in rows else False for k in keys]
            else:
                present = [k for k in dict.fromkeys(keys) if k and k in rows]
                mapping = dict(zip(present, model._values_for(hop_field, present), strict=True))
                keys = [mapping.get(k, False) if k else False for k in keys]
            model = self.env[hop_field.comodel]
        last = model._fields[path[-1]]
        present = [k for k in dict.fromkeys(keys) if k and k in model._table.rows]
        values = dict(zip(present, model._values_for(last, present), strict=True))
        return [values.get(k, last.empty()) if k else last.empty() for k in keys]

    def _compute_display_name(self):
        rows = self._table.rows
        rec = self._rec_name
        return [rows[rid].get(rec) or f"{self._name},{rid}" for rid in self._ids]

    def _display_name_of(self, rid: int) -> str:
        return self.browse([rid])._compute_display_name()[0]

    def _display_names(self, ids) -> dict:
        ids = [i for i in dict.fromkeys(ids) if i and i in self._table.rows]
        return dict(zip(ids, self.browse(ids)._compute_display_name(), strict=True))

    # -- access rights --------------------------------------------------------------------------------
    def _check_access(self, operation: str) -> None:
        if not self.env.su:
            security.check_model_access(self.env, self._name, self._description, operation)

    def _check_field_groups(self, fnames, operation: str) -> None:
        if self.env.su:
            return
        denied = [
            name
            for name in fnames
            if self._fields[name].groups and not self._user_in_groups(self._fields[name].groups)
        ]
        if denied:
            raise AccessError(
                f'You do not have enough rights to access the fields "{",".join(denied)}" on '
                f"{self._description} ({self._name}). Please contact your system administrator."
                f"\n\n(Operation: {operation})"
            )

    def _user_in_groups(self, groups: str) -> bool:
        return self.env.su or any(self.env.has_group(g.strip()) for g in groups.split(","))

    @api_model
    def check_access_rights(self, operation, raise_exception=True):
        try:
            self._check_access(operation)
        except AccessError:
            if raise_exception:
                raise
            return False
        return True

    # -- fields_get / default_get -----------------------------------------------------------------------
    @api_model
    def fields_get(self, allfields=None, attributes=None):
        result = {}
        for name, field in self._fields.items():
            if allfields and name not in allfields:
                continue
            if field.groups and not self._user_in_groups(field.groups):
                continue
            desc = field.describe()
            if attributes:
                desc = {key: value for key, value in desc.items() if key in attributes}
            result[name] = desc
        return result

    @api_model
    def default_get(self, fields_list):
        result = {}
        context = self.env.context
        for name in fields_list:
            field = self._fields.get(name)
            if field is None:
                continue
            key = f"default_{name}"
            if key in context:
                result[name] = context[key]
            elif field.default is not None:
                value = field.default(self) if callable(field.default) else field.default
                if isinstance(value, Model):
                    value = value.id if field.type == "many2one" else value.ids
                result[name] = value
        return result

    # -- search ---------------------------------------------------------------------------------------
    def _active_domain(self, domain):
        if "active" not in self._fields or self.env.context.get("active_test", True) is False:
            return domain
        for item in domain:
            if isinstance(item, list | tuple) and len(item) == 3 and item[0] == "active":
                return domain
        return [("active", "=", True)] + list(domain)

    def _parse_order(self, order: str | None) -> list[tuple[str, bool]]:
        spec = []
        for part in (order or self._order or "id").split(","):
            words = part.strip().split()
            if not words:
                continue
            name = words[0]
            desc = len(words) > 1 and words[1].lower() == "desc"
            if name not in self._fields:
                raise value_error(f"Invalid field {name!r} on model {self._name!r}")
            field = self._fields[name]
            if not field.store and field.name != "id":
                if field.related:
                    continue
                raise value_error(f"Cannot convert field {self._name}.{name} to SQL")
            spec.append((name, desc))
        if not spec or spec[-1][0] != "id":
            spec.append(("id", False))
        return spec

    def _candidates(self, domain) -> list[int]:
        """Ids worth testing: narrowed by an indexed ``=``/``in`` leaf when the domain is a
        plain conjunction, otherwise every row."""
        table = self._table
        if any(item in ("|", "!") for item in domain):
            return list(table.rows)
        best = None
        for item in domain:
            if not isinstance(item, tuple | list) or len(item) != 3:
                continue
            name, operator, value = item
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
        if best is None:
            return list(table.rows)
        return list(best)

    def _search_ids(self, domain=None, offset=0, limit=None, order=None) -> list[int]:
        domain = self._active_domain(normalize(domain or []))
        spec = self._parse_order(order)
        offset = int(offset or 0)
        table = self._table
        compiled = DomainCompiler(self).compile(domain)
        if limit and spec == [("write_date", False), ("id", False)]:
            return self._search_by_write_date(domain, compiled, offset, int(limit))
        cache = self.env.server.search_cache
        key = (self._name, repr(domain), tuple(spec), self.env.db.version)
        ids = cache.get(key)
        if ids is None:
            rows = table.rows
            candidates = self._candidates(domain)
            if compiled is None:
                ids = candidates
            else:
                ids = [rid for rid in candidates if compiled(rid, rows[rid])]
            ids = self._sort_ids(ids, spec)
            cache.put(key, ids)
        if limit:
            return ids[offset : offset + int(limit)]
        return ids[offset:] if offset else list(ids)

    def _search_by_write_date(self, domain, compiled, offset, limit) -> list[int]:
        """Incremental-sync fast path: walk the (write_date, id) index from the lower bound."""
        table = self._table
        ordered = table.by_write_date()
        start = 0
        if not any(item in ("|", "!") for item in domain):
            for item in domain:
                if (
                    isinstance(item, tuple | list)
                    and item[0] == "write_date"
                    and item[1] in (">=", ">")
                    and item[2]
                ):
                    bound = normalize_datetime(item[2])
                    start = max(start, bisect.bisect_left(ordered, (bound, 0)))
        rows = table.rows
        result = []
        skip = offset
        for pos in range(start, len(ordered)):
            rid = ordered[pos][1]
            if compiled is not None and not compiled(rid, rows[rid]):
                continue
            if skip:
                skip -= 1
                continue
            result.append(rid)
            if len(result) >= limit:
                break
        return result

    def _sort_ids(self, ids: list[int], spec) -> list[int]:
        if spec == [("id", False)]:
            return sorted(ids)
        if spec == [("id", True)]:
            return sorted(ids, reverse=True)
        rows = self._table.rows
        ids = sorted(ids)
        for name, desc in reversed(spec):
            if name == "id":
                if desc:
                    ids.reverse()
                continue
            field = self._fields[name]
            if field.type in ("boolean", "integer", "float", "monetary"):
                null = field.null
                ids.sort(key=lambda rid, n=name, z=null: rows[rid].get(n, z) or z, reverse=desc)
            else:
                ids.sort(key=lambda rid, n=name: _null_last(rows[rid].get(n)), reverse=desc)
        return ids

    @api_model
    def search(self, domain=None, offset=0, limit=None, order=None):
        self._check_access("read")
        return self.browse(self._search_ids(domain, offset, limit, order))

    @api_model
    def search_count(self, domain=None, limit=None):
        self._check_access("read")
        return len(self._search_ids(domain, 0, limit, "id"))

    @api_model
    def search_read(
        self, domain=None, fields=None, offset=0, limit=None, order=None, **read_kwargs
    ):
        self._check_access("read")
        fnames = self._read_field_names(fields)
        ids = self._search_ids(domain, offset, limit, order)
        if not ids:
            return []
        return self.browse(ids)._read_rows(fnames, read_kwargs.get("load", "_classic_read"))

    # -- read ---------------------------------------------------------------------------------------
    def _read_field_names(self, fields) -> list[str]:
        if not fields:
            return [
                name
                for name, field in self._fields.items()
                if not field.groups or self._user_in_groups(field.groups)
            ]
        names = []
        for name in fields:
            if name not in self._fields:
                raise value_error(f"Invalid field {name!r} on model {self._name!r}")
            names.append(name)
        self._check_field_groups(names, "read")
        return names

    def read(self, fields=None, load="_classic_read"):
        self._check_access("read")
        return self._read_rows(self._read_field_names(fields), load)

    def _read_rows(self, fnames, load="_classic_read") -> list[dict]:
        rows = self._table.rows
        ids = [rid for rid in dict.fromkeys(self._ids) if rid in rows]
        result = [{"id": rid} for rid in ids]
        env = self.env
        for name in fnames:
            if name == "id":
                continue
            field = self._fields[name]
            ftype = field.type
            if field.store and ftype in (
                "char",
                "text",
                "html",
                "selection",
                "integer",
                "float",
                "monetary",
                "boolean",
                "date",
            ):
                null = field.null
                for record, rid in zip(result, ids, strict=True):
                    record[name] = rows[rid].get(name, null)
                continue
            values = self._values_for(field, ids)
            if ftype == "many2one":
                if load == "_classic_write":
                    for record, value in zip(result, values, strict=True):
                        record[name] = value or False
                else:
                    names = env[field.comodel]._display_names(values)
                    for record, value in zip(result, values, strict=True):
                        record[name] = [value, names.get(value, "")] if value else False
            elif ftype == "datetime":
                for record, value in zip(result, values, strict=True):
                    record[name] = value[:19] if value else False
            elif ftype in ("one2many", "many2many"):
                for record, value in zip(result, values, strict=True):
                    record[name] = list(value)
            else:
                for record, value in zip(result, values, strict=True):
                    record[name] = value
        return result

    # -- create / write / unlink -------------------------------------------------------------------
    def _check_fields_exist(self, vals: dict) -> None:
        for name in vals:
            if name not in self._fields:
                raise value_error(f"Invalid field {name!r} on model {self._name!r}")

    def _defaults(self, vals: dict) -> dict:
        missing = [
            name
            for name, field in self._fields.items()
            if name not in vals
            and (field.default is not None or f"default_{name}" in self.env.context)
        ]
        return self.default_get(missing) if missing else {}

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        single = isinstance(vals_list, dict)
        records = self._create(vals_list if not single else [vals_list])
        return records

    def _create(self, vals_list):
        env = self.env
        db = env.db
        now = env.now
        ids = []
        for vals in vals_list:
            vals = dict(vals)
            self._check_fields_exist(vals)
            self._check_field_groups([n for n in vals if self._fields[n].groups], "create")
            for name, value in self._defaults(vals).items():
                vals.setdefault(name, value)
            row = {}
            later = {}
            for name, value in vals.items():
                field = self._fields[name]
                if name in ("id", "display_name"):
                    continue
                if field.type in ("one2many", "many2many") or not field.store:
                    later[name] = value
                    continue
                row[name] = field.convert(value, env)
            for name, field in self._fields.items():
                if field.required and field.store and not row.get(name) and field.type != "boolean":
                    if field.type in ("integer", "float", "monetary") and name in row:
                        continue
                    raise self._not_null_error(field)
            if self._log_access:
                row.update(create_date=now, write_date=now, create_uid=env.uid, write_uid=env.uid)
            rid = db.insert(self._name, row)
            ids.append(rid)
            if later:
                m2m = {k: v for k, v in later.items() if self._fields[k].type == "many2many"}
                for name in m2m:
                    row[name] = []
                self.browse([rid])._write_relational(later, creating=True)
        return self.browse(ids)

    def _not_null_error(self, field) -> ValidationError:
        return ValidationError(
            "The operation cannot be completed:\n"
            "- Create/update: a mandatory field is not set.\n"
            "- Delete: another model requires the record being deleted. If possible, archive it "
            f"instead.\n\nModel: {self._description} ({self._name})\n"
            f"Field: {field.string} ({field.name})\n"
        )

    def write(self, vals):
        self._check_access("write")
        self._check_fields_exist(vals)
        self._check_field_groups(list(vals), "write")
        missing = [rid for rid in self._ids if rid not in self._table.rows]
        if missing:
            raise self.env.missing_error(self._name, missing, "write")
        return self._write(vals)

    def _write(self, vals) -> bool:
        if not self._ids:
            return True
        env = self.env
        stored = {}
        later = {}
        for name, value in vals.items():
            field = self._fields[name]
            if name in ("id", "display_name"):
                continue
            if field.type in ("one2many", "many2many") or not field.store:
                later[name] = value
                continue
            stored[name] = field.convert(value, env)
            if (
                field.required
                and not stored[name]
                and field.type
                not in (
                    "boolean",
                    "integer",
                    "float",
                    "monetary",
                )
            ):
                raise self._not_null_error(field)
        if self._log_access:
            stored["write_date"] = env.now
            stored["write_uid"] = env.uid
        for rid in self._ids:
            env.db.update(self._name, rid, stored)
        if later:
            self._write_relational(later)
        return True

    def _write_relational(self, values: dict, creating=False) -> None:
        env = self.env
        for name, value in values.items():
            field = self._fields[name]
            if field.type == "many2many":
                for rid in self._ids:
                    current = list(self._table.rows[rid].get(name) or [])
                    new = self._apply_m2m_commands(field, current, value)
                    env.db.update(self._name, rid, {name: new})
            elif field.type == "one2many":
                for rec in self:
                    rec._apply_o2m_commands(field, value)
            elif field.related:
                self._write_related(field, value)
            elif field.inverse:
                getattr(self, field.inverse)(value)

    def _write_related(self, field, value) -> None:
        path = field.related.split(".")
        target = self
        for hop in path[:-1]:
            target = target.mapped(hop)
        if target:
            target._write({path[-1]: value})

    def _apply_m2m_commands(self, field, current: list[int], commands) -> list[int]:
        comodel = self.env[field.comodel]
        ids = list(current)
        for command in commands or []:
            if isinstance(command, int):
                if command not in ids:
                    ids.append(command)
                continue
            code = command[0]
            if code == 6:
                ids = list(command[2] or [])
            elif code == 4:
                if command[1] not in ids:
                    ids.append(command[1])
            elif code == 3:
                ids = [i for i in ids if i != command[1]]
            elif code == 5:
                ids = []
            elif code == 0:
                ids.append(comodel._create([command[2]]).id)
            elif code == 1:
                comodel.browse([command[1]])._write(command[2])
            elif code == 2:
                ids = [i for i in ids if i != command[1]]
                comodel.browse([command[1]])._unlink()
        rows = self.env.db.table(field.comodel).rows
        for i in ids:
            if i not in rows:
                raise self.env.missing_error(field.comodel, [i], "write")
        return ids

    def _apply_o2m_commands(self, field, commands) -> None:
        comodel = self.env[field.comodel]
        inverse = field.inverse_name
        table = self.env.db.table(field.comodel)
        for command in commands or []:
            code = command[0]
            if code == 0:
                comodel._create([{**command[2], inverse: self.id}])
            elif code == 1:
                comodel.browse([command[1]])._write(command[2])
            elif code in (2, 3):
                comodel.browse([command[1]])._unlink()
            elif code == 4:
                comodel.browse([command[1]])._write({inverse: self.id})
            elif code in (5, 6):
                keep = set(command[2] or []) if code == 6 else set()
                for child in sorted(table.ids_where(inverse, self.id) - keep):
                    comodel.browse([child])._unlink()
                if keep:
                    comodel.browse(sorted(keep))._write({inverse: self.id})

    def unlink(self):
        self._check_access("unlink")
        return self._unlink()

    def _unlink(self) -> bool:
        db = self.env.db
        rows = self._table.rows
        ids = [rid for rid in self._ids if rid in rows]
        if not ids:
            return True
        for model, fname, ondelete in Model._referencing.get(self._name, []):
            table = db.table(model)
            for rid in ids:
                refs = sorted(table.ids_where(fname, rid))
                if not refs:
                    continue
                if ondelete == "cascade":
                    self.env[model].browse(refs)._unlink()
                elif ondelete == "restrict":
                    raise ValidationError(
                        "The operation cannot be completed: another model requires the record "
                        "being deleted. If possible, archive it instead.\n\n"
                        f"Model: {self.env[model]._description} ({model})\n"
                        f"Constraint: {model.replace('.', '_')}_{fname}_fkey\n"
                    )
                else:
                    for ref in refs:
                        if ref in table.rows:
                            db.update(model, ref, {fname: False})
        for rid in ids:
            db.delete(self._name, rid)
        return True

    def copy(self, default=None):
        self.ensure_one()
        self._check_access("create")
        return self._copy(default)

    def _copy(self, default=None):
        row = self._row()
        vals = {}
        for name, field in self._fields.items():
            if not field.store or not field.copy or name in ("id", *MAGIC_FIELDS):
                continue
            if field.type == "many2many":
                vals[name] = [(6, 0, list(row.get(name) or []))]
            elif name in row:
                vals[name] = row[name]
        vals.update(default or {})
        return self._create([vals])

    # -- names ----------------------------------------------------------------------------------------
    def _name_search_rows(self, name, operator="ilike", limit=None, domain=None):
        domain = list(domain or [])
        if name:
            domain = [(self._rec_name_search_field(), operator, name)] + domain
        ids = self._search_ids(domain, 0, limit)
        names = self._display_names(ids)
        return [(rid, names.get(rid, "")) for rid in ids]

    def _rec_name_search_field(self) -> str:
        return self._rec_name if self._rec_name in self._fields else "display_name"

    @api_model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        self._check_access("read")
        return [list(pair) for pair in self._name_search_rows(name, operator, limit, args)]

    def name_get(self):
        self._check_access("read")
        names = self._display_names(self._ids)
        return [[rid, names[rid]] for rid in self._ids if rid in names]

    def action_archive(self):
        self._check_access("write")
        return self._write({"active": False})

    def action_unarchive(self):
        self._check_access("write")
        return self._write({"active": True})

    # -- read_group -----------------------------------------------------------------------------------
    @api_model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True):
        from odoosim.orm.grouping import read_group

        self._check_access("read")
        return read_group(self, domain, fields, groupby, offset, limit, orderby, lazy)


def _null_last(value):
    if value is False or value is None:
        return (1, "")
    return (0, value)


def finalize_registry() -> None:
    """Build the reverse many2one map used by unlink (called once all models are imported)."""
    referencing: dict[str, list] = {}
    for name, cls in REGISTRY.items():
        for fname, field in cls._fields.items():
            if field.type == "many2one" and field.store and fname not in MAGIC_FIELDS:
                referencing.setdefault(field.comodel, []).append((name, fname, field.ondelete))
    Model._referencing = referencing


def indexed_fields(cls) -> tuple[str, ...]:
    return tuple(
        name
        for name, field in cls._fields.items()
        if field.type == "many2one" and field.store and name not in ("create_uid", "write_uid")
    )
