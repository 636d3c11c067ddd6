"""Following product templates: what a variant's own write_date does not show.

A product's name, price and category live on product.template; editing them changes the
template's write_date, not the variant's, so the incremental pull of product.product misses
them. This pass reads the templates changed since its own cursor and re-reads their variants.
Mixed into `MirrorPull` (storeapp.sync.pull), whose cursors, gateway, cache and db executor it uses.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storeapp.offline.cache import CacheStore
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import MirrorSpec, StoreScope
from storeapp.sync.settings import SyncSettings

if TYPE_CHECKING:
    from storeapp.offline.cache_models import SyncCursor

TEMPLATE_CURSOR = "product.template"


class TemplateFollower:
    """The template-following pass; expects MirrorPull's attributes (gateway, cache, settings,
    the db executor) and helpers (_cursor, _window, _write_page, _finish, server_now,
    complete_rows)."""

    gateway: OdooGateway
    cache: CacheStore
    settings: SyncSettings
    _db: ThreadPoolExecutor

    if TYPE_CHECKING:  # provided by MirrorPull

        def server_now(self) -> datetime: ...

        def _cursor(self, model: str) -> SyncCursor: ...

        def _window(self, cursor: SyncCursor) -> str | None: ...

        def complete_rows(
            self, gw: OdooGateway, spec: MirrorSpec, rows: list[dict[str, Any]]
        ) -> list[dict[str, Any]]: ...

        def _write_page(
            self,
            spec: MirrorSpec,
            scope: StoreScope,
            rows: list[dict[str, Any]],
            cursor: SyncCursor | None,
        ) -> int: ...

        def _finish(
            self,
            spec: MirrorSpec,
            cursor: SyncCursor,
            max_wd: str | None,
            started_mono: float,
            *,
            initial: bool,
            started_server: datetime | None = None,
        ) -> None: ...

    def _follow_templates(self, spec: MirrorSpec, scope: StoreScope, fields: list[str]) -> int:
        """Template fields (name, price, category) change product.template's write_date, not
        the variant's: re-read the variants of templates changed since the last pass."""
        cursor = self._cursor(TEMPLATE_CURSOR)
        product_cursor = self._cursor(spec.model)
        if not cursor.write_date:
            cursor.write_date = product_cursor.write_date
        window = self._window(cursor)
        if not window:
            return 0
        started = time.monotonic()
        started_server = self.server_now()
        templates = self.gateway.search_read(
            "product.template",
            [("write_date", ">=", window)],
            ["write_date"],
            order="id asc",
            context={"active_test": False},
        )
        changed = 0
        if templates:
            with self.cache.read() as s:
                ids = [t["id"] for t in templates]
                marks = ",".join("?" for _ in ids)
                newest: dict[int, str | None] = dict(
                    s.connection()
                    .exec_driver_sql(
                        f"SELECT product_tmpl_id, MAX(write_date) FROM product "
                        f"WHERE product_tmpl_id IN ({marks}) GROUP BY product_tmpl_id",
                        tuple(ids),
                    )
                    .all()
                )
            stale = [t["id"] for t in templates if (newest.get(t["id"]) or "") < t["write_date"]]
            if stale:
                for chunk in range(0, len(stale), self.settings.page_size):
                    rows = self.gateway.search_read(
                        spec.model,
                        [
                            *spec.domain(scope),
                            (
                                "product_tmpl_id",
                                "in",
                                stale[chunk : chunk + self.settings.page_size],
                            ),
                        ],
                        fields,
                        context=spec.context(),
                    )
                    # The template's own fields (name, price...) come from the template.
                    rows = self.complete_rows(self.gateway, spec, rows)
                    if rows:
                        changed += self._db.submit(
                            self._write_page, spec, scope, rows, None
                        ).result()
        max_wd = max((t["write_date"] for t in templates), default=None)
        self._finish(
            _template_spec(), cursor, max_wd, started, initial=False, started_server=started_server
        )
        return changed


def _template_spec() -> MirrorSpec:
    return MirrorSpec(
        TEMPLATE_CURSOR, "product", (), lambda s: [], lambda r, s: r, check_deletions=False
    )
