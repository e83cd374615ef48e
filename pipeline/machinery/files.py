"""Writing files so that they appear only when complete (and not at all for a command the user stopped),
and the cache kept between runs, whose entries are checked when read."""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

FIXED_TIME = (2000, 1, 1, 0, 0, 0)
CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


STALE_S = 3600  # a temporary file or folder this old was left by a build that was killed


def _remove_stale(pattern: str, folder: Path) -> None:
    """Temporary files and folders of ours, left behind by a killed build, removed on the next run."""
    import shutil
    import time

    try:
        found = list(folder.glob(pattern))
    except OSError:  # a folder that cannot be listed: nothing of ours to find there
        return
    for path in found:
        try:
            if time.time() - path.stat().st_mtime > STALE_S:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink()
        except OSError:  # removed by a build running beside this one, or another user's: left as it is
            continue


def work_folder() -> tempfile.TemporaryDirectory:
    """A temporary folder for one build's intermediate files (gone when the build ends, or on a later run
    if the build was killed)."""
    try:
        base = tempfile.gettempdir()
    except FileNotFoundError as exc:  # none of TMPDIR, /tmp, /var/tmp and the working folder can be written
        import errno

        asked = os.environ.get("TMPDIR") or "/tmp"
        raise OSError(errno.EIO, "ingen mapp för tillfälliga filer går att skriva i: full eller skrivskyddad; "
                                 "gör plats, eller ange en annan mapp med TMPDIR", asked) from exc
    _remove_stale("finsam-tmp-*", Path(base))
    return tempfile.TemporaryDirectory(prefix="finsam-tmp-")


class Stopped(KeyboardInterrupt):
    """The user stopped the command (its client in the warm process is gone): nothing more is written."""


_stopped: Callable[[], bool] = lambda: False  # noqa: E731


def stop_when(stopped: Callable[[], bool]) -> None:
    """Asked before every file is renamed into place: true when the user stopped the command."""
    global _stopped
    _stopped = stopped


def stop_on_interrupt() -> None:
    """Ctrl-C raises KeyboardInterrupt as usual, and is remembered: nothing more is written even where the
    exception is swallowed (Python only prints "Exception ignored" for one raised in a fork's handlers)."""
    import signal

    hit = []

    def interrupted(signum, frame):
        hit.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupted)
    stop_when(lambda: bool(hit))


def write_atomically(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename it into place, unless the command was
    stopped (Stopped, and nothing is left)."""
    tmp = _written_beside(target, data)
    try:
        _go_on()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _go_on() -> None:
    """Raises Stopped when the user stopped the command: asked before a file is put into place."""
    if _stopped():
        raise Stopped()


def _written_beside(target: Path, data: bytes) -> str:
    """`data` in a new temporary file in `target`'s folder (made if missing), on disk; its name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(f".{target.name}.*.tmp", target.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def create_new(target: Path, data: bytes) -> bool:
    """Write `target` only if it does not exist: False, and nothing written, when it does (also when another
    command creates it at the same moment). The file appears whole or not at all: it is written to a
    temporary file and linked into place, which fails rather than replaces."""
    tmp = _written_beside(target, data)
    try:
        _go_on()
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: a rename, which on Windows never replaces either
            if os.name != "nt":
                return _create_exclusively(target, data)
            try:
                os.rename(tmp, target)
            except FileExistsError:
                return False
        return True
    finally:
        Path(tmp).unlink(missing_ok=True)


def _create_exclusively(target: Path, data: bytes) -> bool:
    try:
        with target.open("xb") as f:
            f.write(data)
    except FileExistsError:
        return False
    return True


_DIGESTS: dict[tuple, bytes] = {}


def content_digest(path: Path) -> bytes:
    """SHA-256 of the file's content, read in pieces. A command that asks twice (the up-to-date fingerprint,
    then the reader's cache) hashes once, as long as the file is the same file of the same size and time."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    found = _DIGESTS.get(key)
    if found is None:
        import hashlib

        with path.open("rb") as f:
            found = _DIGESTS[key] = hashlib.file_digest(f, "sha256").digest()
    return found


def zip_entry(name: str) -> zipfile.ZipInfo:
    """A zip entry whose header fields are the same on every platform: the fixed date, the mode, and
    "made by Unix" (zipfile's default is the platform it runs on)."""
    entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    entry.external_attr = 0o644 << 16
    entry.create_system = 3
    return entry


def with_fixed_dates(data: bytes) -> bytes:
    """An Office file (.docx, .xlsx) in which every zip entry, and the created and modified dates of its
    properties, have the same fixed date, so that equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zip_entry(info.filename)
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = CORE_DATE.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
            target.writestr(entry, content)
    return out.getvalue()


def cache_dir(kind: str) -> Path:
    """Where `kind` (charts, compiled templates) is kept between runs: FINSAM_CACHE, or ~/.cache/finsam
    (on Windows %LOCALAPPDATA%\\finsam)."""
    base = os.environ.get("FINSAM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or os.path.expanduser("~/.cache"), "finsam")
    return Path(base) / kind


# A cache entry: MAGIC, the length and the SHA-256 of the content, then the content. An entry that does not
# match (cut short by a full disk, emptied, damaged, or not written by this program) is removed and made anew.
MAGIC = b"finsam-cache-1\n"
_HEAD = len(MAGIC) + 8 + 32
_noted = False
# Entries the warm process made or read while it prepared (pipeline/machinery/server.py: the standard
# templates checked and compiled), held in its memory and so in every command it forks, whatever the
# command's cache folder holds (an empty one, on a new machine).
_held: dict[tuple[str, str], bytes] = {}
_holding = False


@contextlib.contextmanager
def holding():
    """Every entry kept or read inside this block is also held in memory, for this process's life."""
    global _holding
    _holding = True
    try:
        yield
    finally:
        _holding = False


def kept(kind: str, name: str) -> bytes | None:
    """The bytes kept as `name`, or None (not there yet, damaged and removed, or a cache that cannot be
    read)."""
    if (kind, name) in _held:
        return _held[kind, name]
    path = cache_dir(kind) / name
    try:
        entry = path.read_bytes()
    except OSError:
        return None
    data = entry[_HEAD:]
    if (entry[:len(MAGIC)] == MAGIC and int.from_bytes(entry[len(MAGIC):len(MAGIC) + 8], "big") == len(data)
            and entry[len(MAGIC) + 8:_HEAD] == hashlib.sha256(data).digest()):
        if _holding:
            _held[kind, name] = data
        return data
    forget(path)
    return None


def forget(path: Path) -> None:
    """A cache entry that cannot be used removed (it is made anew), said in one line per command."""
    global _noted
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
    if not _noted:
        _noted = True
        print(f"Obs: en fil i cachen som inte kunde användas (skadad, tom eller från en annan version) togs bort och "
              f"görs om: {path}", file=sys.stderr)


def keep(kind: str, name: str, data: bytes) -> None:
    """`data` kept as `name`: the entry appears whole and synced (rename), and a cache that cannot be
    written only costs time."""
    if _holding:
        _held[kind, name] = data
    path = cache_dir(kind) / name
    entry = MAGIC + len(data).to_bytes(8, "big") + hashlib.sha256(data).digest() + data
    try:
        write_atomically(path, entry)
    except OSError:
        pass


def cached(kind: str, name: str, make: Callable[[], bytes], load: Callable[[bytes], object] = bytes):
    """`load` of the bytes kept as `name`, made and kept the first time they are asked for (and again
    when what is kept cannot be loaded). `name` must change whenever what `make` gives would (a hash of its
    input)."""
    data = kept(kind, name)
    if data is not None:
        try:
            return load(data)
        except (ValueError, LookupError, TypeError):  # whole, but not what this version of the program keeps
            forget(cache_dir(kind) / name)
    data = make()
    keep(kind, name, data)
    return load(data)
