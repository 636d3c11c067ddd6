"""The .deb, installed with the real dpkg into a scratch root, run from the installed files only:
`storeapp --version`, provisioning, `storeapp doctor` and the offscreen tour of the demo store;
then removed (machine file and user data kept) and purged (machine file gone, user data kept).

Slow: it builds the frozen app and the package with `make package` into a temporary folder
(about a minute of CPU) unless build/dist already holds a .deb newer than every source file,
e.g. from a `make package` earlier in the same CI run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from storeapp import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "build" / "dist"
SOURCES = ["storeapp", "odoosim", "resources", "installer", "pyproject.toml"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="the .deb is built and installed on Debian/Ubuntu only",
    ),
]


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def _run(args: list[str], *, env: dict[str, str], cwd: Path, timeout: float = 120, **kw):
    return subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, **kw
    )


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """build/dist's .deb when it is newer than every source; else a fresh one built in a
    private folder (never in build/, where someone may be running `make package`)."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    name = f"storeapp_{__version__}_{arch}.deb"
    if (DIST / name).is_file() and (DIST / name).stat().st_mtime > _newest_source():
        yield DIST / name
        return
    folder = tmp_path_factory.mktemp("package")
    flags = f"--compression fast --dist {folder / 'dist'} --work {folder / 'work'}"
    build = subprocess.run(
        ["make", "package", f"PACKAGE_FLAGS={flags}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    target = folder / "dist" / name
    assert target.is_file()
    yield target
    shutil.rmtree(folder)  # a few hundred MB


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty dpkg root: its own database, nothing installed."""
    root = tmp_path_factory.mktemp("root")
    for folder in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    yield root
    shutil.rmtree(root)


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    # Chrootless: the maintainer scripts run from the host with DPKG_ROOT set (the scratch root
    # has no shell). Dependencies are system libraries the scratch root cannot have.
    command = ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends"]
    command += ["--log=/dev/null"]
    if os.geteuid() != 0:
        command.append("--force-not-root")
    result = subprocess.run([*command, *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(deb: Path, scratch: Path) -> Path:
    dpkg(scratch, "--install", str(deb))
    return scratch


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a store user: nothing from this checkout or its virtualenv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("STOREAPP_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.update(extra)
    return env


def test_the_package_lays_out_program_launcher_and_machine_file(installed: Path):
    program = installed / "opt" / "storeapp" / "storeapp"
    assert program.is_file() and os.access(program, os.X_OK)
    assert os.readlink(installed / "usr" / "bin" / "storeapp") == "/opt/storeapp/storeapp"
    desktop = (installed / "usr/share/applications/storeapp.desktop").read_text()
    assert "Exec=/opt/storeapp/storeapp" in desktop and "Icon=storeapp" in desktop
    assert (installed / "usr/share/icons/hicolor/scalable/apps/storeapp.svg").is_file()
    etc = installed / "etc" / "storeapp"
    assert (etc / "storeapp.toml").read_text() == (etc / "storeapp.toml.example").read_text()
    assert (etc / "storeapp.toml").stat().st_mode & 0o777 == 0o644
    conffiles = (installed / "var/lib/dpkg/info/storeapp.conffiles").read_text().split()
    assert conffiles == ["/etc/storeapp/storeapp.toml.example"]
    # Migrations travel as files: Alembic reads them from disk.
    internal = installed / "opt" / "storeapp" / "_internal"
    assert list((internal / "storeapp/offline/migrations/versions").glob("0001_*.py"))
    assert (internal / "resources" / "style.qss").is_file()


def test_every_system_library_the_app_needs_is_a_declared_dependency(installed: Path):
    """ldd over the bundled libraries: whatever the bundle lacks must be in Depends (Debian
    names a library package after its soname: libxcb-icccm.so.4 is in libxcb-icccm4)."""
    control = subprocess.run(
        ["dpkg", f"--root={installed}", "-s", "storeapp"], capture_output=True, text=True
    ).stdout
    depends = re.search(r"^Depends: (.*)$", control, re.MULTILINE).group(1)
    declared = {re.split(r"[ (]", part.strip())[0] for part in depends.split(",")}
    bundle = installed / "opt" / "storeapp" / "_internal"
    env = {"LD_LIBRARY_PATH": f"{bundle}:{bundle / 'PySide6' / 'Qt' / 'lib'}", "PATH": "/usr/bin"}
    missing = set()
    for library in bundle.rglob("*.so*"):
        if not library.is_file():
            continue
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env).stdout
        missing |= set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))
    for soname in sorted(missing):
        name, version = re.match(r"(lib.+)\.so\.(\d+)", soname).groups()
        package = f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"
        assert package in declared, f"{soname} is neither bundled nor in Depends ({package})"


def test_installed_app_runs_version_provision_doctor_and_the_tour(installed: Path, tmp_path: Path):
    program = str(installed / "opt" / "storeapp" / "storeapp")
    home = tmp_path / "home"
    home.mkdir()
    data = home / ".local" / "share" / "StoreApp"
    machine_file = installed / "etc" / "storeapp" / "storeapp.toml"
    env = app_env(home, STOREAPP_CONFIG=str(machine_file), STOREAPP_DATA_DIR=str(data))

    version = _run([program, "--version"], env=env, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"storeapp {__version__}"

    # keyring's backends survived freezing (they are found through package metadata).
    check = _run([program, "provision", "--check"], env=env, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    backends = re.search(r"keyring backends in this build: (.*)", check.stdout).group(1)
    assert {"SecretService", "Windows", "macOS", "chainer"} <= set(backends.split(", "))

    # The demo store's screens, from the installed files, offscreen.
    shots = tmp_path / "shots"
    tour = _run([program, "--demo", "--tour", str(shots)], env=env, cwd=tmp_path, timeout=300)
    assert tour.returncode == 0, tour.stdout[-3000:] + tour.stderr[-3000:]
    pictures = sorted(shots.glob("*.png"))
    assert len(pictures) >= 10, [p.name for p in pictures]
    assert all(p.stat().st_size > 5000 for p in pictures)

    # IT sets the PC up with the installed program, then doctor is happy with all of it but the
    # key, which the store user has not stored yet (and without which Odoo is not checked). This
    # box has no Secret Service: the user's keyring is the in-memory one, named the way
    # keyring's own PYTHON_KEYRING_BACKEND setting allows.
    provision = _run(
        [program, "provision", "--only", "config", "--url", "https://erp.example.com"]
        + ["--db", "prod", "--store", "PAR1", "--login", "device-par1"],
        env=env,
        cwd=tmp_path,
    )
    assert provision.returncode == 0, provision.stderr
    memory = "storeapp.ui.memory_keyring.MemoryKeyring"
    doctor = _run([program, "doctor"], env={**env, "PYTHON_KEYRING_BACKEND": memory}, cwd=tmp_path)
    assert doctor.returncode == 1, doctor.stdout + doctor.stderr
    assert "odoo.url = https://erp.example.com  [file " in doctor.stdout
    fails = [line for line in doctor.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fails) == 1 and fails[0].startswith("FAIL  key      no Odoo key is stored")
    assert "storeapp provision --only credential" in doctor.stdout
    assert "OK    keyring" in doctor.stdout

    # A support bundle from the installed program names the versions of what it carries.
    bundle = tmp_path / "support.zip"
    made = _run([program, "support-bundle", str(bundle)], env=env, cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    with zipfile.ZipFile(bundle) as archive:
        versions = json.loads(archive.read("versions.json"))
    assert versions["storeapp"] == __version__
    assert "not installed" not in versions.values(), versions

    # Without a keyring, doctor says so and fails (exit 1) rather than pretending.
    bare = _run([program, "doctor", "--problems-only"], env=env, cwd=tmp_path)
    assert bare.returncode == 1 and "FAIL  keyring" in bare.stdout


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt-get install gnome-keyring)",
)
def test_installed_app_keeps_the_key_in_a_real_secret_service(installed: Path, tmp_path: Path):
    """The frozen app finds the desktop's Secret Service (keyring's plugins survived freezing):
    provision stores the key there, doctor finds it (its live checks then fail: there is no
    Odoo at the example address), and the key is really in GNOME Keyring."""
    program = installed / "opt" / "storeapp" / "storeapp"
    home = tmp_path / "home"
    home.mkdir()
    machine_file = tmp_path / "storeapp.toml"
    account = "device-par1@prod@https://erp.example.com"
    script = f"""
set -e
eval "$(printf unlock | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
printf 'device-key-123\\n' | "{program}" provision --url https://erp.example.com --db prod \\
    --store PAR1 --login device-par1
"{program}" doctor || true
"{sys.executable}" -c "import keyring; print('read back:', keyring.get_password('storeapp-odoo', '{account}'))"
"""
    env = app_env(home, STOREAPP_CONFIG=str(machine_file), STOREAPP_DATA_DIR=str(tmp_path / "data"))
    result = _run(["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "keyring backend keyring.backends.SecretService.Keyring" in result.stdout
    assert "OK    key      a device key for device-par1 is stored in the keyring" in result.stdout
    assert "read back: device-key-123" in result.stdout
    assert "device-key-123" not in machine_file.read_text()


def test_remove_keeps_config_and_user_data_purge_removes_config(installed: Path, tmp_path: Path):
    data = installed / "home" / "clerk" / ".local" / "share" / "StoreApp"
    data.mkdir(parents=True)
    (data / "journal.sqlite").write_bytes(b"work not yet sent to Odoo")
    machine_file = installed / "etc" / "storeapp" / "storeapp.toml"
    machine_file.write_text('[odoo]\nurl = "https://erp.example.com"\n')

    dpkg(installed, "--remove", "storeapp")
    assert not (installed / "opt" / "storeapp").exists()
    assert not (installed / "usr" / "bin" / "storeapp").exists()
    assert machine_file.read_text() == '[odoo]\nurl = "https://erp.example.com"\n'
    assert (data / "journal.sqlite").read_bytes() == b"work not yet sent to Odoo"

    dpkg(installed, "--purge", "storeapp")
    assert not (installed / "etc" / "storeapp").exists()
    assert (data / "journal.sqlite").read_bytes() == b"work not yet sent to Odoo"
