"""The sync engine: Odoo ⇄ the store PC, exactly once.

- `gateway.OdooGateway`: the only code that talks to Odoo (odoorpc on one `erp` thread; typed
  errors from `errors`, mapped in `error_mapping`; 17/18 differences in `versions`; keep-alive
  and TLS in `transport`; the device key in the keyring via `credentials`).
- `pull.MirrorPull` (+ `pull_checks`): Odoo → cache.sqlite, per-model cursors, scoped to the
  store by the specs in `mirror` (row mapping in `mirror_rows`).
- `push.OutboxPush` (+ `handlers/`): journal outbox → Odoo, reconcile before every apply.
- `connectivity.Connectivity`, `events.EventBus`: state and notifications, no Qt.
- `engine.SyncEngine`: all of it on a schedule (`run_once`, `run_forever`, `status`);
  `settings.SyncSettings` from the app configuration; `cli`: `storeapp sync --once`.
"""
