"""Build storeapp for deployment: the frozen folder (PyInstaller, one folder) and, on Linux, the
.deb made from it with dpkg-deb.

    python installer/package.py              freeze, then build the .deb
    python installer/package.py --reuse      build the .deb from an existing frozen folder
    python installer/package.py --template   print the /etc machine file template

Everything lands in build/dist/: storeapp/ (the frozen folder) and storeapp_<version>_<arch>.deb.
The Windows installer is built on a Windows agent by installer/windows/build.ps1.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storeapp import __version__  # noqa: E402
from storeapp.config import describe_options  # noqa: E402

BUILD = ROOT / "build"
DIST = BUILD / "dist"
SPEC = ROOT / "installer" / "storeapp.spec"
LINUX = ROOT / "installer" / "linux"
INSTALL_DIR = "opt/storeapp"

# Libraries the frozen folder needs from the system (PyInstaller bundles the rest). Found with
# ldd over every bundled library; libc, OpenGL/EGL and the display connections must come from
# the PC itself.
DEPENDS = [
    "libc6 (>= 2.34)",
    "libgl1",
    "libegl1",
    "libdrm2",
    "libxcb1",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
# The device key lives in the desktop session's Secret Service; without one storeapp refuses to
# store it (and says so), so a keyring daemon is strongly advised but left to IT's choice.
RECOMMENDS = ["gnome-keyring | kwalletmanager"]


def etc_template() -> str:
    """The commented machine file shipped as /etc/storeapp/storeapp.toml.example: every option
    of storeapp/config/options.py with its default, generated so it can never drift from the code."""
    lines = [
        f"# storeapp {__version__} machine configuration (TOML), read by every user of this PC.",
        "# Lines starting with # show the default. Remove the # and change the value to set one;",
        "# or let `storeapp provision` write this file. Check it with `storeapp doctor`.",
        "# The device key is never written here: it lives in the keyring of the PC's user.",
    ]
    describe_options(lines.append)
    return "\n".join(lines) + "\n"


def freeze(dist: Path, work: Path) -> None:
    """Compile the translations (.ts -> .qm, shipped from resources/), then run PyInstaller on
    the spec (a few minutes of CPU)."""
    subprocess.run(
        [sys.executable, "-m", "storeapp.devtools.translations", "release"], check=True, cwd=ROOT
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
        ],
        check=True,
        cwd=ROOT,
    )


def debian_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def folder_size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) // 1024


def control_file(architecture: str, installed_kib: int) -> str:
    fields = {
        "Package": "storeapp",
        "Version": __version__,
        "Architecture": architecture,
        "Maintainer": "Store IT <store-it@example.com>",
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Homepage": "https://example.com/storeapp",
        "Description": "Back-office app for store teams on Odoo\n"
        " Click-and-collect, returns and stock counts for store teams, working offline and\n"
        " sending its work to Odoo when the network is back. Installed in /opt/storeapp;\n"
        " the machine configuration is /etc/storeapp/storeapp.toml.",
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def stage_deb(frozen: Path, stage: Path, architecture: str) -> None:
    """Lay the package's file tree out in `stage` (recreated)."""
    if stage.exists():
        shutil.rmtree(stage)
    app = stage / INSTALL_DIR
    shutil.copytree(frozen, app, symlinks=True)

    etc = stage / "etc" / "storeapp"
    etc.mkdir(parents=True)
    (etc / "storeapp.toml.example").write_text(etc_template(), encoding="utf-8")

    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "storeapp").symlink_to(f"/{INSTALL_DIR}/storeapp")

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / "storeapp.desktop", share / "applications" / "storeapp.desktop")
    icons = share / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", icons / "storeapp.svg")

    debian = stage / "DEBIAN"
    debian.mkdir()
    size = folder_size_kib(stage)
    (debian / "control").write_text(control_file(architecture, size), encoding="utf-8")
    (debian / "conffiles").write_text("/etc/storeapp/storeapp.toml.example\n", encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy2(LINUX / script, debian / script)

    # dpkg-deb refuses group/world-writable control files; the tree gets plain modes.
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or (path.stat().st_mode & 0o111):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


# xz makes the smallest package for distribution; gzip -1 is many times faster, for test builds.
COMPRESSION = {"xz": ["-Zxz"], "fast": ["-Zgzip", "-z1"]}


def build_deb(dist: Path, work: Path, compression: str = "xz") -> Path:
    frozen = dist / "storeapp"
    if not (frozen / "storeapp").is_file():
        raise SystemExit(f"No frozen app in {frozen}: run without --reuse first.")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is not installed: the .deb is built on Debian or Ubuntu.")
    architecture = debian_architecture()
    stage = work / "deb-root"
    stage_deb(frozen, stage, architecture)
    target = dist / f"storeapp_{__version__}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", *COMPRESSION[compression], "--build", str(stage)]
        + [str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return target


@contextlib.contextmanager
def exclusive(work: Path) -> Iterator[None]:
    """One build at a time per work folder: two would delete each other's files."""
    work.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        yield
        return
    import fcntl

    with (work / ".package.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Another build is using {work}; waiting for it to finish.", flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="package the existing frozen folder")
    parser.add_argument("--template", action="store_true", help="print the /etc template")
    parser.add_argument("--no-deb", action="store_true", help="freeze only")
    parser.add_argument(
        "--compression",
        choices=sorted(COMPRESSION),
        default="xz",
        help="xz (smallest, slow: for releases) or fast (gzip -1: for tests)",
    )
    parser.add_argument("--dist", type=Path, default=DIST, help="where the results go (build/dist)")
    parser.add_argument(
        "--work", type=Path, default=BUILD, help="scratch folder of the build (build)"
    )
    args = parser.parse_args(argv)
    if args.template:
        sys.stdout.write(etc_template())
        return 0
    dist, work = args.dist.resolve(), args.work.resolve()
    with exclusive(work):
        if not args.reuse:
            freeze(dist, work)
        frozen = dist / "storeapp"
        print(f"frozen folder: {frozen} ({folder_size_kib(frozen) / 1024:.0f} MiB)")
        if args.no_deb or os.name != "posix":
            return 0
        deb = build_deb(dist, work, args.compression)
    print(f"package:       {deb} ({deb.stat().st_size / 1024 / 1024:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
