"""`storeapp provision`: set a store PC up from a script — for IT, installers and MDM tools.

It writes the machine file (the TOML every user of the PC reads; see storeapp.config) and puts
the device credential (the Odoo API key of the store's technical user) in the OS keyring through
the same CredentialStore the app uses. The secret comes from an environment variable named with
`--secret-env` or from standard input, never from the command line: a command line is visible
to every user of the PC (process list) and ends up in shell histories and MDM logs.

The two halves need different rights, which is why `--only` exists:
- the machine file lives in a folder only administrators may write (/etc/storeapp,
  C:\\ProgramData\\StoreApp), so that part runs as root / Administrator (the Windows installer
  runs it);
- the keyring is per user (Windows Credential Manager, the desktop session's Secret Service),
  so the credential must be stored while signed in as the store PC's user (a logon script or an
  MDM "user context" job), never as root.

Exit codes: 0 done, 2 invalid input (nothing changed), 3 keyring unusable, 4 machine file
could not be written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from storeapp import __version__
from storeapp.config import (
    OPTIONS,
    SECRET_WORDS,
    ConfigError,
    Option,
    load_config,
    machine_file_path,
)
from storeapp.core.text import Listing, Message, msg, said
from storeapp.core.textfiles import read_text

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_KEYRING = 3
EXIT_CONFIG_FILE = 4

# Command-line flags that set one option each: flag -> (section, key). The Windows installer's
# parameters are mapped onto these flags (tests/installer checks both against storeapp.config).
FLAG_OPTIONS: dict[str, tuple[str, str]] = {
    "url": ("odoo", "url"),
    "db": ("odoo", "database"),
    "login": ("odoo", "login"),
    "store": ("store", "warehouse_code"),
    "timezone": ("store", "timezone"),
}
REQUIRED_FLAGS = ("url", "db", "login", "store")


class ProvisionError(Exception):
    """Provisioning stopped; `message` says what happened and what to do (a `Message`: the
    command prints it in the system's language), `exit_code` is the process exit status for
    scripts."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


@dataclass
class ProvisionRequest:
    """What to set: option values by (section, key), the login the secret belongs to and
    which halves to do."""

    values: dict[tuple[str, str], Any]
    write_config: bool = True
    store_credential: bool = True
    secret: str | None = None

    @property
    def account(self) -> tuple[str, str, str]:
        return (
            self.values[("odoo", "url")],
            self.values[("odoo", "database")],
            self.values[("odoo", "login")],
        )


@dataclass
class ProvisionResult:
    """What was done, in lines a person can read in an MDM log."""

    machine_file: Path
    lines: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- validation


def check_url(url: str) -> str:
    """The Odoo address without a trailing slash; ValueError in words when it is not one."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            msg(
                "{url} is not a web address; give it as https://erp.example.com (with https://)",
                url=repr(url),
            )
        )
    if parts.path.endswith(("/web", "/odoo", "/jsonrpc")) or parts.query or parts.fragment:
        raise ValueError(
            msg(
                "{url} points inside Odoo; give only the server's address, e.g. {server}",
                url=repr(url),
                server=f"{parts.scheme}://{parts.netloc}",
            )
        )
    return url


def is_plain_http(url: str) -> bool:
    return urlsplit(url).scheme == "http"


def http_problems(values: Mapping[tuple[str, str], Any]) -> list[str]:
    """An http:// address sends the device key in clear text: only with an explicit
    `odoo.allow_http = true` (a test server on the local network)."""
    url = values.get(("odoo", "url"))
    if url and is_plain_http(url) and values.get(("odoo", "allow_http")) is not True:
        return [
            msg(
                "--url: {url} is http://, so the device key would travel unencrypted; use the "
                "https:// address, or for a test server on a local network add "
                "--set odoo.allow_http=true",
                url=url,
            )
        ]
    return []


def parse_assignment(text: str) -> tuple[Option, Any]:
    """`section.key=value` from `--set`, read like the environment variable of that option."""
    name, sep, raw = text.partition("=")
    section, dot, key = name.strip().partition(".")
    if not sep or not dot:
        raise ValueError(
            msg(
                "--set {given}: write it as section.key=value, e.g. sync.page_size=500",
                given=repr(text),
            )
        )
    if any(word in key.lower() for word in SECRET_WORDS):
        raise ValueError(
            msg(
                "--set {name}: secrets are never written to the machine file; the device "
                "key goes to the keyring (--secret-env VAR or standard input)",
                name=name.strip(),
            )
        )
    option = OPTIONS.get(section, key)
    if option is None:
        raise ValueError(
            msg(
                "--set {name}: no such option (storeapp config --sample lists them all)",
                name=name.strip(),
            )
        )
    try:
        return option, option.type.from_env(raw)
    except ValueError as exc:
        raise ValueError(_flag_problem(f"--set {option.name}", exc)) from None


def _flag_problem(flag: str, exc: ValueError) -> Message:
    """ "--db: <what is wrong with its value>", the problem kept as the message it was made."""
    return msg("{flag}: {problem}", flag=flag, problem=said(exc))


def request_from_args(args: argparse.Namespace) -> ProvisionRequest:
    """Check every flag; raises ProvisionError (exit 2) listing all problems at once."""
    problems: list[str] = []
    values: dict[tuple[str, str], Any] = {}
    for flag in REQUIRED_FLAGS:
        if not (getattr(args, flag) or "").strip():
            problems.append(msg("--{flag} is required and cannot be empty", flag=flag))
    if args.url and args.url.strip():
        try:
            values[FLAG_OPTIONS["url"]] = check_url(args.url)
        except ValueError as exc:
            problems.append(_flag_problem("--url", exc))
    for flag, (section, key) in FLAG_OPTIONS.items():
        raw = getattr(args, flag, None)
        if flag == "url" or raw is None or not raw.strip():
            continue
        option = OPTIONS.get(section, key)
        assert option is not None, f"{section}.{key} is not declared in storeapp.config"
        try:
            values[(section, key)] = option.type.from_env(raw)
        except ValueError as exc:
            problems.append(_flag_problem(f"--{flag}", exc))
    for text in args.set or []:
        try:
            option, value = parse_assignment(text)
        except ValueError as exc:
            problems.append(said(exc))
            continue
        if (option.section, option.key) in values:
            problems.append(msg("--set {name}: already given by its own flag", name=option.name))
            continue
        values[(option.section, option.key)] = value
    problems.extend(http_problems(values))
    if problems:
        listed = Listing(problems, separator="\n- ")
        raise ProvisionError(
            msg("Nothing was changed:\n- {problems}", problems=listed), EXIT_INVALID
        )
    only = args.only or "both"
    return ProvisionRequest(
        values=values,
        write_config=only in ("both", "config"),
        store_credential=only in ("both", "credential"),
    )


def read_secret(env: Mapping[str, str], secret_env: str | None, stdin: TextIO, login: str) -> str:
    """The device key from the named environment variable, else from standard input (a
    prompt without echo when a person is typing)."""
    if secret_env:
        secret = env.get(secret_env, "")
        if not secret.strip():
            raise ProvisionError(
                msg(
                    "The environment variable {variable} is not set or empty: set it to the Odoo "
                    "API key of {login} before running provision (nothing was changed).",
                    variable=secret_env,
                    login=login,
                ),
                EXIT_INVALID,
            )
        return secret.strip()
    if stdin.isatty():
        secret = getpass.getpass(f"Odoo API key of {login} (not shown): ", stream=sys.stderr)
    else:
        secret = stdin.read()
    secret = secret.strip()
    if not secret:
        raise ProvisionError(
            msg(
                "No API key was given for {login}: pipe it on standard input or name an "
                "environment variable with --secret-env (nothing was changed).",
                login=login,
            ),
            EXIT_INVALID,
        )
    if "\n" in secret:
        raise ProvisionError(
            msg("Standard input held several lines; give only the API key (nothing was changed)."),
            EXIT_INVALID,
        )
    return secret


# --------------------------------------------------------------------------- the machine file


def toml_literal(value: Any) -> str:
    """A TOML literal for the kinds of values options hold (text, integer, true/false, lists
    of text, paths)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_literal(v) for v in value) + "]"
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def read_machine_file(path: Path) -> dict[str, dict[str, Any]]:
    """The machine file's tables as they are (empty when there is none). A file that is not
    valid TOML stops provisioning: overwriting it would lose what IT wrote there."""
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(read_text(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProvisionError(
            msg(
                "The machine file {path} cannot be read ({problem}). Fix or remove it, then run "
                "provision again (nothing was changed).",
                path=str(path),
                problem=str(exc),
            ),
            EXIT_CONFIG_FILE,
        ) from None


def render_machine_file(tables: Mapping[str, Mapping[str, Any]], now: datetime) -> str:
    """The machine file: declared sections in declaration order, each key once. Unknown
    sections or keys are kept at the end of their table so a newer option written by IT is not
    lost when an older storeapp provisions (load_config reports them)."""
    lines = [
        "# storeapp machine configuration, written by `storeapp provision`",
        f"# on {now.strftime('%Y-%m-%d %H:%M')} UTC by storeapp {__version__}.",
        "# Options not listed keep their defaults: `storeapp config --sample` lists every one.",
        "# The device key is not here: it is in the keyring of the store PC's user.",
    ]
    order = list(OPTIONS.sections) + [name for name in tables if name not in OPTIONS.sections]
    for section in order:
        body = tables.get(section)
        if not body:
            continue
        lines.append("")
        lines.append(f"[{section}]")
        declared = [o.key for o in OPTIONS if o.section == section]
        for key in declared + [k for k in body if k not in declared]:
            if key in body:
                lines.append(f"{key} = {toml_literal(body[key])}")
    return "\n".join(lines) + "\n"


def merged_tables(
    existing: Mapping[str, Mapping[str, Any]], values: Mapping[tuple[str, str], Any]
) -> dict[str, dict[str, Any]]:
    tables = {section: dict(body) for section, body in existing.items() if isinstance(body, dict)}
    for (section, key), value in values.items():
        tables.setdefault(section, {})[key] = "" if value is None else value
    return tables


def write_machine_file(path: Path, text: str) -> None:
    """Replace the machine file atomically (a half-written file would stop every start),
    readable by every user and writable by its owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            path.parent.chmod(0o755)
        fd, temp = tempfile.mkstemp(prefix=".storeapp-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except PermissionError:
        raise ProvisionError(
            msg(
                "No permission to write {path}. The machine file is shared by every user of "
                "this PC: run provision as root (sudo) or from an elevated Administrator "
                "prompt, or write only the key with --only credential.",
                path=str(path),
            ),
            EXIT_CONFIG_FILE,
        ) from None
    except OSError as exc:
        raise ProvisionError(
            msg(
                "The machine file {path} could not be written: {problem}. Check the disk and "
                "the folder, then run provision again.",
                path=str(path),
                problem=str(exc.strerror or exc),
            ),
            EXIT_CONFIG_FILE,
        ) from None


def validate_rendered(text: str, env: Mapping[str, str]) -> None:
    """Load the file about to be written exactly as the app will, before replacing anything."""
    with tempfile.TemporaryDirectory(prefix="storeapp-provision-") as folder:
        candidate = Path(folder) / "storeapp.toml"
        candidate.write_text(text, encoding="utf-8")
        check_env = {k: v for k, v in env.items() if not k.startswith("STOREAPP_")}
        check_env["STOREAPP_CONFIG"] = str(candidate)
        try:
            load_config(check_env)
        except ConfigError as exc:
            problems = Listing(
                (
                    msg("{problem} ({option})", problem=p.problem, option=f"{p.section}.{p.key}")
                    for p in exc.problems
                ),
                separator="\n- ",
            )
            raise ProvisionError(
                msg(
                    "The machine file would not be valid, so nothing was changed:\n- {problems}",
                    problems=problems,
                ),
                EXIT_INVALID,
            ) from None


# --------------------------------------------------------------------------- doing it


def provision(
    request: ProvisionRequest,
    env: Mapping[str, str],
    *,
    credentials: Any = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ProvisionResult:
    """Write the machine file and/or store the credential. The keyring is tried first when
    both are asked for, so a PC without one does not end up half set up."""
    from storeapp.sync.credentials import CredentialStore
    from storeapp.sync.errors import CredentialsMissing

    path = machine_file_path(env)
    result = ProvisionResult(machine_file=path)
    text = None
    previous_account = None
    if request.write_config:
        existing = read_machine_file(path)
        old_odoo = existing.get("odoo", {}) if isinstance(existing.get("odoo"), dict) else {}
        if all(old_odoo.get(k) for k in ("url", "database", "login")):
            previous_account = (old_odoo["url"], old_odoo["database"], old_odoo["login"])
        text = render_machine_file(merged_tables(existing, request.values), now())
        validate_rendered(text, env)

    if request.store_credential:
        assert request.secret, "the secret is read before provision() is called"
        store = credentials or CredentialStore()
        url, database, login = request.account
        try:
            store.set(url, database, login, request.secret)
        except CredentialsMissing as exc:
            raise ProvisionError(
                msg("The key was not stored: {problem}", problem=str(exc)), EXIT_KEYRING
            ) from None
        result.lines.append(
            msg(
                "API key of {login} stored in the keyring for {database} on {url}.",
                login=login,
                database=database,
                url=url,
            )
        )
        if _is_root():
            result.lines.append(
                msg(
                    "Note: this ran as root, so the key is in root's keyring. StoreApp reads the "
                    "keyring of the user it runs as: store the key again as that user with "
                    "--only credential."
                )
            )
        if previous_account and previous_account != request.account:
            try:
                store.delete(*previous_account)
                result.lines.append(
                    msg(
                        "The key of the previous account {login} on {url} was removed from "
                        "the keyring.",
                        login=previous_account[2],
                        url=previous_account[0],
                    )
                )
            except CredentialsMissing:
                pass

    if text is not None:
        write_machine_file(path, text)
        result.lines.append(msg("Machine file written: {path}.", path=str(path)))
        url = request.values.get(("odoo", "url"))
        if url and is_plain_http(url):
            result.lines.append(
                msg(
                    "Warning: {url} is not encrypted (odoo.allow_http = true): the device key "
                    "and the store's data cross the network in clear text. Use it on a test "
                    "network only.",
                    url=url,
                )
            )
    return result


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def keyring_status() -> list[str]:
    """Which keyring backend is in use and which ones this build knows, for `--check`: a
    frozen build that lost keyring's plugin list shows only the fail backend."""
    import keyring

    lines = []
    try:
        backend = keyring.get_keyring()
        lines.append(f"keyring in use: {type(backend).__module__}.{type(backend).__name__}")
    except Exception as exc:  # a broken keyring config file names itself in the message
        lines.append(f"keyring cannot start: {exc}")
    # keyring finds its backends through these entry points; a build that lost them can only
    # ever use the fail backend.
    plugins = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    lines.append("keyring backends in this build: " + (", ".join(plugins) or "NONE"))
    return lines


def check(env: Mapping[str, str]) -> list[str]:
    """What provision would touch, without changing anything."""
    path = machine_file_path(env)
    lines = [f"machine file: {path} ({'exists' if path.is_file() else 'absent'})"]
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    lines.append(f"machine file writable by this user: {'yes' if writable else 'no'}")
    return lines + keyring_status()


# --------------------------------------------------------------------------- command line


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write this PC's machine file and store the device key in the keyring. The key is read "
        "from the environment variable named by --secret-env, else from standard input; it is "
        "never accepted on the command line."
    )
    parser.add_argument("--url", help="address of Odoo, e.g. https://erp.example.com")
    parser.add_argument("--db", help="name of the Odoo database")
    parser.add_argument("--store", help="code of the store's warehouse in Odoo, e.g. PAR1")
    parser.add_argument("--login", help="login of the store's technical Odoo user")
    parser.add_argument("--timezone", help="time zone of the store, e.g. Europe/Paris")
    parser.add_argument(
        "--set",
        action="append",
        metavar="SECTION.KEY=VALUE",
        help="any other option of the machine file (repeatable), e.g. sync.page_size=500",
    )
    parser.add_argument(
        "--secret-env",
        metavar="VAR",
        help="read the API key from this environment variable instead of standard input",
    )
    parser.add_argument(
        "--only",
        choices=("config", "credential"),
        help="config: only the machine file (as administrator); credential: only the key "
        "(as the store PC's user)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; show the machine file path, whether it is writable and the keyring",
    )


def run(
    args: argparse.Namespace, *, stdin: TextIO | None = None, say: Callable[[str], str] = str
) -> int:
    """`say` puts the command's texts into the system's language (storeapp.cli passes it);
    `--check`'s lines are for IT's logs and stay English."""
    env = os.environ
    if args.check:
        for line in check(env):
            print(line)
        return EXIT_OK
    try:
        request = request_from_args(args)
        if request.store_credential:
            request.secret = read_secret(
                env, args.secret_env, stdin or sys.stdin, request.account[2]
            )
        elif args.secret_env:
            raise ProvisionError(
                msg(
                    "--secret-env was given with --only config: the key is not stored by a "
                    "config-only run. Drop one of them (nothing was changed)."
                ),
                EXIT_INVALID,
            )
        result = provision(request, env)
    except ProvisionError as exc:
        print(say(exc.message), file=sys.stderr)
        return exc.exit_code
    for line in result.lines:
        print(say(line))
    print(say(msg("Check the PC with: storeapp doctor")))
    return EXIT_OK
