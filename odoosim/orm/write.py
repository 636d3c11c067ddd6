"""Writing: ``create``, ``write`` (with x2many commands), ``unlink`` and ``copy``."""

from __future__ import annotations

from odoosim.errors import ValidationError, value_error
from odoosim.orm.api import api_model

MAGIC_FIELDS = ("create_date", "create_uid", "write_date", "write_uid")


class WriteMixin:
    """Record creation and modification for :class:`~odoosim.orm.model.Model`."""

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
        for model, fname, ondelete in type(self)._referencing.get(self._name, []):
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
