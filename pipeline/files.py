"""Writing files so that they appear only when complete, and the cache kept between runs."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cache_dir(kind: str) -> Path:
    """Where `kind` (charts, compiled templates) is kept between runs: FINSAM_CACHE, or ~/.cache/finsam."""
    base = os.environ.get("FINSAM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "finsam")
    return Path(base) / kind


def cached(kind: str, name: str, make: Callable[[], bytes]) -> bytes:
    """The bytes kept as `name`, made and kept the first time they are asked for.

    `name` must change whenever what `make` gives would (a hash of its input). Entries
    appear whole (rename); a cache that cannot be written only costs time.
    """
    path = cache_dir(kind) / name
    if path.exists():
        return path.read_bytes()
    data = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
    return data
