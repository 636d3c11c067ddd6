"""`storeapp policy check FILE` and `storeapp policy simulate FILE [--days 90]`.

`check` validates a draft and prints it in plain lines, or every problem with its place in
the document. `simulate` replays the returns this PC knows — the ones taken here (with the
decision recorded at the time) and the ones done in Odoo for the store's deliveries — against
the draft, and prints what would have changed, rule by rule. Both only read: the journal is
opened read-only and nothing is sent anywhere.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from storeapp.core.policy import Policy, PolicyError, describe_policy, load_policy, simulate
from storeapp.core.text import Listing, msg
from storeapp.core.textfiles import read_text
from storeapp.core.wording import plural

if TYPE_CHECKING:
    from storeapp.config import Config

Say = Callable[[str], str]  # puts a text into the reader's language


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate a returns policy file and describe it",
        description="Validate a returns policy (TOML) and print its rules in plain lines.",
    )
    check.add_argument("file", type=Path, help="the policy file, e.g. draft-policy.toml")
    replay = actions.add_parser(
        "simulate",
        help="replay past returns against a draft policy and print what would change",
        description="Replay the returns of the last DAYS days (taken on this PC, and done in "
        "Odoo for this store's sales) against FILE, and print what would change, rule by rule.",
    )
    replay.add_argument("file", type=Path, help="the draft policy file")
    replay.add_argument("--days", type=int, default=90, help="how far back to look (90)")
    replay.add_argument(
        "--against",
        type=Path,
        help="compare with this policy file instead of the decisions made at the time",
    )


def _read(path: Path, say: Say = str) -> Policy | None:
    """The policy in `path`, or None after printing why it cannot be used."""
    try:
        text = read_text(path)
    except OSError as exc:
        print(
            say(
                msg(
                    "{file} cannot be read: {problem}.",
                    file=str(path),
                    problem=str(exc.strerror or exc),
                )
            )
        )
        return None
    except UnicodeDecodeError:
        print(
            say(
                msg(
                    "{file} is not saved as UTF-8 text; save it again as UTF-8 and check again.",
                    file=str(path),
                )
            )
        )
        return None
    try:
        return load_policy(text, source=str(path))
    except PolicyError as error:
        print(
            say(
                msg(
                    "{file} is not a valid returns policy. Fix these and check again:",
                    file=str(path),
                )
            )
        )
        for problem in error.problems:
            print(f"  - {say(problem.said())}")
        return None


def _configuration() -> tuple[Config | None, Listing | str]:
    """This PC's configuration, read once per command; None and why when it is invalid (a
    draft can still be checked on its own)."""
    from storeapp import config

    try:
        return config.load_config(os.environ), ""
    except config.ConfigError as exc:
        return None, exc.said()


def check(args: argparse.Namespace, cfg: Config | None, say: Say = str) -> int:
    """`policy check FILE`: valid or not, and what it says. `say` puts it into the reader's
    language; the file's own words (levels, categories, reason labels) stay as written."""
    policy = _read(args.file, say)
    if policy is None:
        return 1
    print(say(msg("{file} is a valid returns policy.", file=str(args.file))))
    for line in describe_policy(policy):
        print(f"  {say(line)}")
    check_names(policy, cfg, say)
    return 0


def check_names(policy: Policy, cfg: Config | None, say: Say = str) -> None:
    """Warn about every category (and the quarantine location) the policy names that this
    store's Odoo does not have, from the PC's synced copy; say so when there is none."""
    from storeapp.offline.store_checks import policy_problems, synced_cache

    if cfg is None:
        print(say(msg("Not compared with Odoo's names: the configuration of this PC is invalid.")))
        return
    with synced_cache(cfg.data_dir) as cache:
        if cache is None:
            no_copy = msg(
                "Not compared with Odoo's categories and locations: there is no synced copy "
                "of Odoo data in {folder} (sync first, or set STOREAPP_DATA_DIR).",
                folder=str(cfg.data_dir),
            )
            print(say(no_copy))
            return
        problems = policy_problems(
            cache, policy, cfg.returns.quarantine_location, cfg.store.warehouse_code
        )
    if not problems:
        print(say(msg("Every category and location it names is in Odoo (as last synced).")))
        return
    warning = msg(
        "Warning: {names} in it not in Odoo (as last synced); a rule about a name Odoo lacks "
        "never applies:",
        names=plural(len(problems), "name"),
    )
    print(say(warning))
    for problem in problems:
        print(f"  ! {say(problem.describe())}")


def simulate_command(
    args: argparse.Namespace, cfg: Config | None, problem: Listing | str, say: Say = str
) -> int:
    """`policy simulate FILE`: its sentences in the reader's language; the report's tables keep
    English column names, levels and rule names, as the file writes them."""
    from storeapp.offline.cache import CACHE_FILE, CacheStore, recorded_schema_version
    from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION
    from storeapp.offline.db import CACHE_DURABILITY, make_engine
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.offline.outbox import Outbox
    from storeapp.offline.returns_repo import ReturnsRepo

    if args.days < 1:
        print(say(msg("--days must be 1 or more.")))
        return 2
    draft = _read(args.file, say)
    if draft is None:
        return 1
    baseline = None
    if args.against is not None:
        baseline = _read(args.against, say)
        if baseline is None:
            return 1
    if cfg is None:
        print(say(msg("The configuration is invalid:\n{problem}", problem=problem)))
        return 1
    data_dir, warehouse = cfg.data_dir, cfg.store.warehouse_code
    quarantine = cfg.returns.quarantine_location
    if not (data_dir / JOURNAL_FILE).is_file() or not (data_dir / CACHE_FILE).is_file():
        nothing = msg(
            "There are no returns to replay in {folder}: this PC has not synced with Odoo "
            "yet (set STOREAPP_DATA_DIR if the data folder is elsewhere).",
            folder=str(data_dir),
        )
        print(say(nothing))
        return 1
    cache_path = data_dir / CACHE_FILE
    if recorded_schema_version(cache_path) != CACHE_SCHEMA_VERSION:
        other = msg(
            "The local copy of Odoo data in {folder} was made by another version of storeapp. "
            "Open storeapp once (it rebuilds it), then run this again.",
            folder=str(data_dir),
        )
        print(say(other))
        return 1
    journal = JournalStore.open_read_only(data_dir)
    # Read-only, like the journal: the app may be running and owns both files.
    cache = CacheStore(cache_path, make_engine(cache_path, CACHE_DURABILITY, read_only=True))
    try:
        repo = ReturnsRepo(
            cache,
            journal,
            Outbox(journal),
            warehouse_code=warehouse,
            quarantine_location=quarantine,
        )
        here = repo.past_cases(args.days)
        odoo = repo.odoo_cases(args.days)
        if baseline is None and odoo:
            from storeapp.offline.returns_policy import PolicySource

            baseline = PolicySource(journal, cfg.returns.policy_file).load().policy
    finally:
        cache.close()
        journal.close()
    if not here and not odoo:
        print(say(msg("No returns in the last {days} to replay.", days=plural(args.days, "day"))))
        return 0
    replayed = msg(
        "{here} taken on this PC and {odoo} done in Odoo in the last {days}.",
        here=plural(len(here), "return"),
        odoo=plural(len(odoo), "return"),
        days=plural(args.days, "day"),
    )
    print(say(replayed))
    if odoo:
        print(say(msg("Returns done in Odoo: condition read back from where the goods went.")))
    print()
    if baseline is None:
        report = simulate(draft, here)
    else:
        report = simulate(draft, [*here, *odoo], baseline)
    for line in report.lines():
        print(say(line))
    return 0


def run(args: argparse.Namespace, say: Say = str) -> int:
    """`say`: the system language's translation (storeapp.cli passes it; this layer has no
    translator of its own)."""
    cfg, problem = _configuration()
    if args.policy_action == "check":
        return check(args, cfg, say)
    return simulate_command(args, cfg, problem, say)
