"""Every option storeapp reads, declared once: its section, key, kind, default and help.

To add an option, add one line to its section's block below; `load_config()` then accepts it in
the file and the environment, doctor shows it, `storeapp config --sample` and docs/it-guide.md
list it, and the meta-test checks its default.
"""

from __future__ import annotations

from storeapp.config.registry import Registry

OPTIONS = Registry()

odoo = OPTIONS.section("odoo", "How this PC reaches Odoo (the device credential is in the keyring)")
odoo.text("url", "", "Address of the Odoo server, e.g. https://erp.example.com")
odoo.text("database", "", "Name of the Odoo database")
odoo.text("login", "", "Login of the store's technical Odoo user (its API key is in the keyring)")
odoo.integer("timeout_seconds", 30, "Seconds to wait for Odoo to answer", minimum=1, maximum=600)
odoo.file_path("ca_bundle", "PEM file of a private certificate authority, if Odoo uses one")
odoo.boolean(
    "allow_http",
    False,
    "Accept an http:// address (the key then travels unencrypted: test networks only)",
)
odoo.choice(
    "transport",
    "auto",
    ("auto", "jsonrpc", "json2"),
    "Protocol to Odoo: auto (JSON-2 from Odoo 19 on, JSON-RPC before), or force one",
)

store = OPTIONS.section("store", "Which store this PC serves and how it works")
store.text("warehouse_code", "", "Short code of the store's warehouse in Odoo, e.g. PAR1")
store.time_zone("timezone", "", "Time zone of the store, e.g. Europe/Paris (empty: this PC's)")
store.choice(
    "language",
    "",
    ("", "en", "fr", "nl", "de", "pseudo"),
    "Language of the screens until a person picks theirs at sign-in (empty: this PC's; "
    "pseudo: accented, longer English to find untranslated and cut-off text)",
)
store.choice(
    "customer_language",
    "",
    ("", "en", "fr", "nl", "de"),
    "Language of what customers read: return receipts and reasons (empty: store.language)",
)
store.choice(
    "click_collect_mode",
    "carrier",
    ("carrier", "picking_type", "all_outgoing"),
    "How click-and-collect orders are recognised among the store's deliveries",
    aliases={"picking_types": "picking_type"},
)
store.text_list(
    "click_collect_carriers",
    [],
    "Carriers (names) that mean 'collect in store'; empty: found by type or name",
)
store.choice(
    "short_pick_policy",
    "backorder",
    ("backorder", "cancel"),
    "What happens to the rest of a short-picked line",
)
store.integer(
    "uncollected_after_days", 7, "Ready orders not collected after this many days", minimum=1
)
store.text_list(
    "handover_checklist",
    ["name", "order_number", "id_shown"],
    "Checks at handover: name, order_number, id_shown, pickup_code, or your own wording",
)
store.text("bag_label_printer", "", "Printer for bag labels (empty: PDF only)")
store.integer(
    "confirm_quantity_above",
    500,
    "A typed quantity above this needs a second 'yes' (pick, count, returns)",
    minimum=1,
    maximum=999_999,
)

sync = OPTIONS.section("sync", "Exchanging data with Odoo")
sync.integer("page_size", 2000, "Records fetched per request", minimum=50, maximum=20000)
sync.integer(
    "pull_connections",
    2,
    "Connections a first sync reads over at once "
    "(1: one model after another; 3: the products' templates on their own)",
    minimum=1,
    maximum=3,
)
sync.integer("interval_seconds", 60, "Seconds between two pulls from Odoo", minimum=5)
sync.integer("returns_history_days", 90, "Days of past sales kept for returns", minimum=1)
sync.integer("deletion_check_minutes", 15, "Minutes between checks for deleted records", minimum=1)
sync.integer(
    "slow_models_minutes",
    15,
    "Minutes between pulls of products, categories, locations, carriers and employees "
    "(a scanned barcode the PC does not know pulls products at once)",
    minimum=1,
)
sync.integer(
    "slow_models_max_minutes",
    120,
    "While those pulls find nothing new and the store is idle, their interval doubles up to "
    "this many minutes",
    minimum=1,
)
sync.integer(
    "idle_interval_max_seconds",
    240,
    "Once the store's orders and stock have not changed for 15 minutes, the wait between "
    "pulls doubles up to this many seconds",
    minimum=5,
)
sync.integer(
    "busy_interval_seconds",
    15,
    "Seconds between pulls while people are working orders on this PC",
    minimum=1,
)
sync.boolean(
    "change_probe",
    True,
    "Ask Odoo in one request whether orders, stock or customers changed before pulling them",
)

identity = OPTIONS.section("identity", "How employees sign in and who is a manager")
identity.choice(
    "mode",
    "local_enrollment",
    ("odoo_badges", "local_enrollment"),
    "Sign-in: odoo_badges (badges and PINs from Odoo, needs HR Officer) or local_enrollment",
)
identity.text("manager_tag", "Store Manager", "Employee tag that makes someone a manager")
identity.text_list("manager_job_titles", ["Store Manager"], "Job titles that make a manager")
identity.integer("auto_lock_minutes", 5, "Lock the screen after this many idle minutes", minimum=1)
identity.integer("max_pin_attempts", 5, "Wrong PINs before sign-in is locked", minimum=1)
identity.integer(
    "manager_pin_digits", 6, "Shortest PIN a manager may have (typed here or from Odoo)", minimum=6
)

returns = OPTIONS.section("returns", "Returns intake")
returns.file_path(
    "policy_file", "Returns policy (TOML) of this store; unset: the one from Odoo, else the sample"
)
returns.text("quarantine_location", "Quarantine", "Location (name or barcode) for opened/damaged")

counts = OPTIONS.section("counts", "Stock counts")
counts.boolean("blind", True, "Hide the system quantity while counting")
counts.text_list(
    "tolerances",
    ["* qty=2 percent=10"],
    "Recount when a difference exceeds: '<category or *> qty=N percent=N value=N'",
)
counts.text_list(
    "auto_approve",
    ["* qty=2 value=50"],
    "Apply without a manager up to: '<category or *> qty=N value=N' (beyond: manager)",
)
counts.integer("max_recounts", 1, "Recounts asked for before a manager decides", minimum=0)

webhooks = OPTIONS.section("webhooks", "Events sent to head office's tools (docs/integration.md)")
webhooks.text_list(
    "endpoints",
    [],
    "Receivers: '<name> url=<address> secret=env:<VARIABLE>|keyring:<entry> events=<types>|*'",
)
webhooks.integer(
    "degraded_after_minutes", 15, "Send sync.degraded when ops wait this long", minimum=1
)

files = OPTIONS.section("files", "Files storeapp keeps in the data folder")
files.integer(
    "pdf_retention_days",
    30,
    "Bag label and return receipt PDFs older than this are deleted at start",
    minimum=1,
    maximum=3650,
)


display = OPTIONS.section("display", "How the screens look on this PC")
display.integer(
    "font_scale_percent", 100, "Text size, in percent of the normal size", minimum=100, maximum=200
)
display.boolean("high_contrast", False, "Black on white with strong borders, for bright shops")

logging_ = OPTIONS.section("logging", "Log files in the data folder")
logging_.choice("level", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"), "Lowest level written")
logging_.integer("retention_files", 10, "Rotated log files kept", minimum=1, maximum=100)
