"""The private folder of the helpers that keep running (the warm process, LibreOffice for builds): their
sockets, locks, pid files, stamps and LibreOffice's profiles and temporary files.

$XDG_RUNTIME_DIR/finsam, or /tmp/finsam-UID without one of this user's (FINSAM_RUNTIME/finsam for a test
suite's own): made by this user with mode 0700, so that nobody else can enter it or plant anything in it. A
symbolic link or a folder of another user's in its place is refused with a message, never followed; files in
it are opened with O_NOFOLLOW. It does not follow TMPDIR, so that a command run with another TMPDIR finds the same warm
process. The POSIX calls are reached only where there are POSIX users (not on Windows).
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent


class Refused(Exception):
    """The private folder, or a file in it, is not safe to use; the message says why, in Swedish."""


def folder() -> Path:
    """The private folder, created when missing and checked (owner, mode, no link) every time."""
    if not hasattr(os, "getuid"):  # Windows: a per-user temporary folder already
        path = Path(tempfile.gettempdir()) / "finsam"
        path.mkdir(exist_ok=True)
        return path
    base = os.environ.get("FINSAM_RUNTIME") or _own(os.environ.get("XDG_RUNTIME_DIR"))
    path = Path(base) / "finsam" if base else Path("/tmp") / f"finsam-{os.getuid()}"
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise Refused(f"mappen {path} för programmets körfiler kan inte skapas ({exc.strerror}).") from exc
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as exc:
        said = "är en symbolisk länk" if os.path.islink(path) else f"kan inte öppnas ({exc.strerror})"
        raise Refused(f"{path} {said}; den används inte. Ta bort den.") from exc
    try:
        found = os.fstat(fd)
        if found.st_uid != os.getuid():
            raise Refused(f"{path} tillhör en annan användare (uid {found.st_uid}); den används inte. Ta bort den.")
        if stat.S_IMODE(found.st_mode) != 0o700:
            os.fchmod(fd, 0o700)  # ours, but others could enter it: closed to them
    finally:
        os.close(fd)
    return path


def _own(folder: str | None) -> str | None:
    """`folder` when it is this user's (sudo keeps the XDG_RUNTIME_DIR of the user who called it)."""
    try:
        return folder if folder and os.stat(folder).st_uid == os.getuid() else None
    except OSError:
        return None


def open_private(name: str, flags: int = os.O_RDWR | os.O_CREAT) -> int:
    """A file descriptor of `name` in the private folder, never through a symbolic link."""
    path = folder() / name
    try:
        return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        if os.path.islink(path):
            raise Refused(f"{path} är en symbolisk länk; den följs inte. Ta bort den.") from exc
        raise


def server_socket() -> Path:
    """The warm process's socket: one per user and installation (the key separates two clones or virtual
    environments), whatever TMPDIR says."""
    key = hashlib.sha256(f"{sys.executable}\0{PACKAGE}".encode()).hexdigest()[:16]
    return folder() / f"server-{key}.sock"


def stop(pid_file: Path) -> None:
    """Stop the process whose id `pid_file` (in the private folder) holds, if it runs, and wait for it."""
    import signal
    import time

    try:
        with os.fdopen(os.open(pid_file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))) as f:
            pid = int(f.read())
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError):
        return
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)
