"""Command line of storeapp.

`storeapp` with no subcommand starts the window (storeapp.app.run). Subcommands are plain
functions listed once in SUBCOMMANDS at the bottom: to add one, write `configure(parser)` and
`run(args) -> exit code`, then add a line there.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from storeapp import __version__

if TYPE_CHECKING:
    from storeapp.offline.outbox_records import OpRecord


@dataclass(frozen=True)
class Subcommand:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the window itself (used when no subcommand is given)."""
    parser.add_argument(
        "--demo", action="store_true", help="open the built-in demo store (the Odoo emulator)"
    )
    parser.add_argument(
        "--demo-reset", action="store_true", help="with --demo: forget the demo's data, start over"
    )
    parser.add_argument(
        "--odoo-version",
        choices=("17.0", "18.0", "19.0"),
        default="17.0",
        help="with --demo: which Odoo the demo store plays (default 17.0; 19.0 speaks JSON-2)",
    )
    parser.add_argument(
        "--tour",
        metavar="DIR",
        help="with --demo: drive every screen headless and save a screenshot of each into DIR",
    )


def _data_dir() -> Path:
    from storeapp.config import data_dir_path

    return data_dir_path(os.environ)[0]


# --------------------------------------------------------------------------- doctor


def _doctor_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--problems-only", action="store_true", help="print only WARN and FAIL lines"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the findings as JSON (for MDM tools)"
    )
    parser.epilog = "Exit codes: 0 everything OK, 1 at least one problem, 2 warnings only."


def doctor(args: argparse.Namespace) -> int:
    from storeapp.cli_language import speak_system_language
    from storeapp.diagnostics.doctor import (
        Status,
        exit_code,
        print_findings,
        print_json,
        run_checks,
    )

    findings = run_checks()
    code = exit_code(findings)
    if args.problems_only:
        findings = [f for f in findings if f.status is not Status.OK]
    if args.json:
        print_json(findings, sys.stdout)  # for tools: English, whatever the locale
    else:
        print_findings(findings, sys.stdout, speak_system_language())
    return code


# --------------------------------------------------------------------------- outbox


def _outbox_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=50, help="parked/failed ops listed (50)")
    actions = parser.add_subparsers(dest="outbox_action", metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="write every op to FILE as JSON lines (also from a damaged journal)",
        description="Write every op of the journal to FILE, one JSON object per line. Reads "
        "the journal read-only, so it works in safe mode and never changes the file.",
    )
    export.add_argument("file", type=Path, help="where to write, e.g. outbox.jsonl")


def _age(since: datetime | None) -> str:
    from storeapp.core.text import msg
    from storeapp.core.wording import plural

    if since is None:
        return "-"
    minutes = int((datetime.now(UTC) - since).total_seconds() // 60)
    if minutes < 60:
        return msg("{minutes} min", minutes=minutes)
    if minutes < 48 * 60:
        return msg("{hours} h {minutes} min", hours=minutes // 60, minutes=minutes % 60)
    return plural(minutes // 1440, "day")


def outbox(args: argparse.Namespace) -> int:
    """`storeapp outbox`: the journal's ops by state, and the parked and failed ones with
    their reasons, in the system's language; state names stay English for scripts."""
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg
    from storeapp.core.wording import plural
    from storeapp.offline.db import quick_check
    from storeapp.offline.export import export_ops
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.offline.journal_models import OpState
    from storeapp.offline.outbox import Outbox

    say = speak_system_language()
    path = _data_dir() / JOURNAL_FILE
    if not path.is_file():
        print(say(_no_journal(path.parent)))
        return 1

    if args.outbox_action == "export":
        target: Path = args.file
        if target.parent and not target.parent.exists():
            print(say(msg("The folder {folder} does not exist.", folder=str(target.parent))))
            return 1
        report = export_ops(path, target)
        written = plural(report.count, "op")
        print(say(msg("{ops} written to {file}.", ops=written, file=str(target))))
        for low, high in report.unreadable:
            print(
                say(
                    msg(
                        "Ops {low} to {high} could not be read: the journal is damaged there.",
                        low=low,
                        high=high,
                    )
                )
            )
        if report.problem:
            print(
                say(
                    msg(
                        "The journal could not be read completely: {problem}",
                        problem=report.problem,
                    )
                )
            )
        return 0 if report.complete else 1

    problem = quick_check(path)
    if problem != "ok":
        print(
            say(msg("The journal {path} is damaged ({problem}).", path=str(path), problem=problem))
        )
        print(say(msg("Export what can be read: storeapp outbox export FILE — then contact IT.")))
        return 1
    journal = JournalStore.open_read_only(path.parent)
    try:
        box = Outbox(journal)
        counts = box.counts_by_state()
        width = max(len(s.value) for s in OpState)
        for state, count in counts.items():
            print(f"{state.value:<{width}}  {count}")
        oldest = _age(box.oldest_pending_created_at())
        print(say(msg("oldest op waiting for Odoo: {age}", age=oldest)))
        parked = box.list(states=[OpState.PARKED], limit=args.limit)
        if parked:
            print("\n" + say(msg("Parked (a manager must retry or cancel these):")))
        for op in parked:
            print(_op_line(op, say))
            print("    " + say(msg("what happened: {text}", text=op.park_reason)))
            print("    " + say(msg("what to do:    {text}", text=op.park_action)))
        failed = box.list(states=[OpState.FAILED], limit=args.limit)
        if failed:
            print("\n" + say(msg("Waiting to retry:")))
        for op in failed:
            due = (
                op.next_attempt_at.isoformat(timespec="seconds")
                if op.next_attempt_at
                else msg("now")
            )
            print(
                say(
                    msg(
                        "- {kind} on {aggregate}: {error} (attempt {attempt}, next {due})",
                        kind=op.kind,
                        aggregate=op.aggregate,
                        error=op.last_error,
                        attempt=op.attempts,
                        due=due,
                    )
                )
            )
        for state, shown in ((OpState.PARKED, parked), (OpState.FAILED, failed)):
            if counts[state] > len(shown):
                more = counts[state] - len(shown)
                print(
                    say(msg("... and {n} more {state} ops (--limit).", n=more, state=state.value))
                )
    finally:
        journal.close()
    return 0


def _op_line(op: OpRecord, say: Callable[[str], str]) -> str:
    """A parked op as the CLI lists it: what, on which record, who made it."""
    from storeapp.core.text import msg

    return say(
        msg(
            "- {kind} on {aggregate} (op {uuid}), by {actor}",
            kind=op.kind,
            aggregate=op.aggregate,
            uuid=op.uuid,
            actor=op.actor_name or "?",
        )
    )


# --------------------------------------------------------------------------- sync


def _elsewhere(
    module: str,
) -> tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]:
    """A subcommand whose arguments and work live in `module` (its `configure` and `run`),
    imported when the parser is built rather than when this module is."""

    def configure(parser: argparse.ArgumentParser) -> None:
        importlib.import_module(module).configure(parser)

    def run(args: argparse.Namespace) -> int:
        return int(importlib.import_module(module).run(args))

    return configure, run


_sync_args = _elsewhere("storeapp.sync.cli")[0]


def sync(args: argparse.Namespace) -> int:
    """`storeapp sync`: the one-cycle summary in the system's language."""
    from storeapp.cli_language import speak_system_language
    from storeapp.sync import cli as sync_cli

    return sync_cli.run(args, say=speak_system_language())


# --------------------------------------------------------------------------- config


def _config_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample", action="store_true", help="print a commented machine file")


def config(args: argparse.Namespace) -> int:
    """`storeapp config`: its sentences in the system's language; the options, their values
    and sources, and the `--sample` file (a file IT edits) as the machine file writes them."""
    from storeapp import config as config_module
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg

    if args.sample:
        print("# storeapp machine configuration (TOML). Lines starting with # are defaults.")
        config_module.describe_options()
        return 0
    say = speak_system_language()
    try:
        cfg = config_module.load_config()
    except config_module.ConfigError as exc:
        print(say(msg("The configuration is invalid:\n{problem}", problem=exc.said())))
        return 1
    path = str(cfg.machine_file)
    if cfg.machine_file_found:
        print(say(msg("machine file: {path} (found)", path=path)))
    else:
        print(say(msg("machine file: {path} (absent)", path=path)))
    where = msg(
        "data folder:  {path} [{source}]", path=str(cfg.data_dir), source=cfg.data_dir_source
    )
    print(say(where))
    for option, value, source in cfg.items():
        print(f"{option.name} = {value!r}  [{source}]")
    return _check_named_files(cfg, say)


def _check_named_files(cfg, say: Callable[[str], str]) -> int:  # a Config
    """Files the configuration names are part of it: an invalid returns policy makes the
    configuration invalid too (exit 1), with every problem listed."""
    from storeapp.core.text import msg
    from storeapp.diagnostics.doctor import DoctorContext, Status
    from storeapp.diagnostics.odoo_checks import check_returns_policy

    failed = [
        f
        for f in check_returns_policy(DoctorContext(env=os.environ, cfg=cfg))
        if f.status is Status.FAIL
    ]
    if not failed:
        return 0
    invalid = msg(
        "The configuration is invalid: the returns policy (returns.policy_file) is not valid:"
    )
    print("\n" + say(invalid))
    for finding in failed:
        print(f"  - {say(finding.text)}")
    print(say(failed[0].advice))
    return 1


# --------------------------------------------------------------------------- support bundle


def _bundle_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="zip file to write, e.g. storeapp-support.zip")


def support_bundle(args: argparse.Namespace) -> int:
    """`storeapp support-bundle FILE`: what it wrote or why not, in the system's language
    (the bundle's own files stay English: they are read by support)."""
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg, said
    from storeapp.core.wording import plural
    from storeapp.diagnostics.bundle import BundleRefused, write_bundle

    say = speak_system_language()
    target: Path = args.file
    if not target.parent.exists():
        print(say(msg("The folder {folder} does not exist.", folder=str(target.parent))))
        return 1
    try:
        names = write_bundle(target, _data_dir(), os.environ)
    except BundleRefused as exc:
        print(say(said(exc)))
        return 1
    written = msg(
        "Support bundle written to {file} ({files}; checked for the device key and PIN "
        "material, with secrets and customer data redacted).",
        file=str(target),
        files=plural(len(names), "file"),
    )
    print(say(written))
    return 0


# --------------------------------------------------------------------------- audit


def _audit_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    actions.add_parser(
        "verify",
        help="check that no audit entry or op was changed, forged or removed",
        description="Walk the journal's audit chain (each entry is keyed with this PC's "
        "integrity key and linked to the one before it), then check every op against the "
        "entries recorded for it. Reads the journal read-only.",
    )
    actions.add_parser(
        "rotate-key",
        help="start a new audit integrity key (the old one is kept to verify older entries)",
        description="Make a new integrity key in this PC's keyring and record the switch in "
        "the chain. Run it with storeapp closed (docs/security.md, Key rotation).",
    )


def _no_journal(folder: Path) -> str:
    from storeapp.core.text import msg
    from storeapp.offline.journal import JOURNAL_FILE

    return msg(
        "There is no journal at {path} (set STOREAPP_DATA_DIR if it is elsewhere).",
        path=str(folder / JOURNAL_FILE),
    )


def audit_command(args: argparse.Namespace) -> int:
    """`storeapp audit`: the verdict and every problem in the system's language; the exit
    codes say the same for scripts."""
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg
    from storeapp.core.wording import plural
    from storeapp.offline.audit import verify
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore

    say = speak_system_language()
    folder = _data_dir()
    if not (folder / JOURNAL_FILE).is_file():
        print(say(_no_journal(folder)))
        return 2
    if args.audit_action == "rotate-key":
        return _rotate_audit_key(folder, say)
    journal = JournalStore.open_read_only(folder)
    try:
        result = verify(journal)
    finally:
        journal.close()
    entries = plural(result.entries, "entry", "entries")
    if result.ok:
        intact = msg(
            "Audit chain intact: {entries}, keyed and each linked to the one before; every op "
            "matches what the chain recorded.",
            entries=entries,
        )
        print(say(intact))
        return 0
    if result.first_bad_seq is not None:
        before = plural(result.entries, "entry before it is intact", "entries before it are intact")
        broken = msg(
            "Audit chain BROKEN at entry {seq}: {problem}. {intact}.",
            seq=result.first_bad_seq,
            problem=result.problem,
            intact=before,
        )
        print(say(broken))
    else:
        differ = msg(
            "Audit chain intact ({entries}), but {problem}:",
            entries=entries,
            problem=result.problem,
        )
        print(say(differ))
    for problem in result.op_problems:
        print(f"  - {say(problem)}")
    advice = msg(
        "Someone or something changed the journal outside storeapp. Keep the file as it is, "
        "export a support bundle (storeapp support-bundle FILE) and tell IT."
    )
    print(say(advice))
    return 1


def _rotate_audit_key(folder: Path, say: Callable[[str], str]) -> int:
    from keyring.errors import KeyringError

    from storeapp.core.text import msg
    from storeapp.offline.journal import JournalStore

    journal = JournalStore.open(folder)
    try:
        if journal.safe_mode is not None:
            print(say(journal.safe_mode.reason))
            return 1
        new = journal.rotate_audit_key()
    except KeyringError as exc:
        refused = msg(
            "The keyring did not take the new key ({error}); nothing was changed.", error=str(exc)
        )
        print(say(refused))
        return 3
    finally:
        journal.close()
    print(
        say(
            msg("New audit integrity key {key} in use; older entries still verify.", key=new.key_id)
        )
    )
    return 0


# --------------------------------------------------------------------------- employees


def _employees_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="employees_action", metavar="ACTION", required=True)
    actions.add_parser(
        "list",
        help="who can sign in on this PC (never PINs or badges)",
        description="List the people with a sign-in on this PC: role, whether they have a "
        "badge, whether they can sign in, who enrolled them. Reads the journal read-only; "
        "deactivating and resetting PINs is for managers, in the app.",
    )


def employees_command(args: argparse.Namespace) -> int:
    """`storeapp employees list`: its sentences in the system's language."""
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg
    from storeapp.offline.credentials_repo import CredentialsRepo
    from storeapp.offline.employee_admin import list_people
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.sync.cli import print_table

    say = speak_system_language()
    folder = _data_dir()
    if not (folder / JOURNAL_FILE).is_file():
        absent = msg(
            "There is no journal at {path}: nobody is enrolled on this PC.",
            path=str(folder / JOURNAL_FILE),
        )
        print(say(absent))
        return 1
    journal = JournalStore.open_read_only(folder)
    try:
        people = list_people(CredentialsRepo(journal))
    finally:
        journal.close()
    if not people:
        print(
            say(msg("Nobody can sign in on this PC yet: IT enrolls the first manager in the app."))
        )
        return 0
    # The table stays English, like the other tables of the command line: its roles and
    # statuses are values scripts compare.
    rows = [
        (p.name, p.role, "yes" if p.has_badge else "no", p.status, p.enrolled_by) for p in people
    ]
    print_table(rows, ("name", "role", "badge", "sign-in", "enrolled by"), sys.stdout)
    return 0


# --------------------------------------------------------------------------- returns policy


_policy_args = _elsewhere("storeapp.offline.policy_cli")[0]


def policy(args: argparse.Namespace) -> int:
    """`storeapp policy`: `check` in the system's language."""
    from storeapp.cli_language import speak_system_language
    from storeapp.offline import policy_cli

    return int(policy_cli.run(args, say=speak_system_language()))


# --------------------------------------------------------------------------- click-and-collect


def _click_collect_args(parser: argparse.ArgumentParser) -> None:
    from storeapp.offline.click_collect_cli import configure

    configure(parser)


def click_collect(args: argparse.Namespace) -> int:
    """`storeapp click-collect`: the queue in the system's language (order numbers, customers
    and pickers as Odoo and the store wrote them)."""
    from storeapp.cli_language import speak_system_language
    from storeapp.config import ConfigError, load_config
    from storeapp.core.text import msg
    from storeapp.offline.click_collect_cli import run

    say = speak_system_language()
    try:
        cfg = load_config()
    except ConfigError as exc:
        print(say(msg("The configuration is invalid:\n{problem}", problem=exc.said())))
        return 1
    return run(args, _data_dir(), cfg, say)


# --------------------------------------------------------------------------- provision


def _provision_args(parser: argparse.ArgumentParser) -> None:
    from storeapp.provision import configure

    configure(parser)


def provision_command(args: argparse.Namespace) -> int:
    """`storeapp provision`: what it did, or every problem, in the system's language."""
    from storeapp.cli_language import speak_system_language
    from storeapp.provision import run

    return run(args, say=speak_system_language())


# --------------------------------------------------------------------------- wiring

SUBCOMMANDS: list[Subcommand] = [
    Subcommand("doctor", "check this PC's setup and say what to fix", _doctor_args, doctor),
    Subcommand("outbox", "show the ops waiting for Odoo; export them", _outbox_args, outbox),
    Subcommand(
        "sync",
        "exchange data with Odoo until stopped, or once with --once",
        _sync_args,
        sync,
    ),
    Subcommand(
        "config", "show the configuration in effect, or a sample file", _config_args, config
    ),
    Subcommand(
        "support-bundle",
        "write logs, doctor's findings and versions to a zip for support",
        _bundle_args,
        support_bundle,
    ),
    Subcommand("audit", "verify the journal's audit chain", _audit_args, audit_command),
    Subcommand(
        "provision",
        "write the machine file and store the device key (for IT scripts)",
        _provision_args,
        provision_command,
    ),
    Subcommand(
        "employees",
        "list who can sign in on this PC (never PINs)",
        _employees_args,
        employees_command,
    ),
    Subcommand(
        "policy", "check a returns policy, or replay past returns against it", _policy_args, policy
    ),
    Subcommand(
        "click-collect",
        "list the click-and-collect orders as this PC sees them",
        _click_collect_args,
        click_collect,
    ),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storeapp",
        description="Back-office app for store teams on Odoo. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"storeapp {__version__}")
    add_gui_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for sub in SUBCOMMANDS:
        child = commands.add_parser(sub.name, help=sub.help, description=sub.help)
        sub.configure(child)
        child.set_defaults(run=sub.run)
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from storeapp import app
    except ModuleNotFoundError as exc:
        if exc.name != "storeapp.app":
            raise
        print(
            "The storeapp window is not part of this build yet.\n"
            "Check this PC with `storeapp doctor`; run the demo store with `make demo` from a "
            "source checkout once the window is available."
        )
        return 2
    return app.run(args)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_gui(args)
    # Commands print what matters themselves; keep library log lines off the terminal.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
