"""Bytes made in a forked copy of this process while the build goes on.

A document's charts take matplotlib about 0.3 s each; drawn one after the other they would cost more
than the rest of the build. Each is drawn in a child (a fork: everything imported is there already)
and read back through a pipe when the document is written, so that they use the other cores while
this process goes on. Where there is no fork (Windows), or the child fails, the bytes are made here
when first needed, so that an error shows as it would have without a child.
"""
from __future__ import annotations

import gc
import os
import signal
import struct
import weakref
from typing import Callable

from pipeline.machinery import portable, timing

_HEADER = struct.Struct("<d")  # the child's peak memory (MB), before its bytes
# At most this many children at a time (a survey of many questions has as many charts), each ~30 MB of its own.
AT_ONCE = max(4, 2 * (os.cpu_count() or 1))
_running: list[Pending] = []
# A child runs at a lower priority, so that the build it draws for and that build's LibreOffice layout (the
# longer path: a first build of the årsredovisning is laid out while its four charts are drawn) get the
# cores first, and the charts the time they leave.
NICE = 5


class Pending:
    """What `make()` gives, made in a child started now."""

    def __init__(self, make: Callable[[], bytes]):
        self._make = make
        self._data: bytes | None = None
        self._child: tuple[int, int] | None = None  # (pid, read end of its pipe)
        if not hasattr(os, "fork"):
            return
        while len(_running) >= AT_ONCE:
            _running[0].result()
        try:
            read, write = os.pipe()
        except OSError:  # no more file descriptors: made here instead
            return
        try:
            pid = os.fork()
        except OSError:  # no more processes
            os.close(read)
            os.close(write)
            return
        if pid == 0:
            _child(read, write, make)
        os.close(write)
        self._child = (pid, read)
        self._reap = weakref.finalize(self, _forget, pid, read)
        _running.append(self)

    def result(self) -> bytes:
        if self._data is None:
            self._data = self._received() or self._make()
        return self._data

    def _received(self) -> bytes | None:
        """The child's bytes, or None when it failed."""
        if self._child is None:
            return None
        pid, read = self._child
        self._child = None
        self._reap.detach()
        _running.remove(self)
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or len(data) < _HEADER.size:
            return None
        timing.note_memory(_HEADER.unpack_from(data)[0])
        return data[_HEADER.size:]


def _child(read: int, write: int, make: Callable[[], bytes]) -> None:
    """Runs in the child: make the bytes, send them, and end without running the parent's exit handlers
    (or flushing its buffered output a second time)."""
    code = 1
    try:
        gc.disable()  # a short life: collecting would only copy the parent's pages (copy-on-write)
        os.nice(NICE)
        os.close(read)
        data = make()
        peak = portable.peak_memory_mb()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(_HEADER.pack(peak) + data)
        code = 0
    except BaseException:  # noqa: BLE001 – the parent makes the bytes again and shows the error
        pass
    finally:
        os._exit(code)


def _forget(pid: int, read: int) -> None:
    """A child whose bytes were never asked for: stopped and reaped."""
    os.close(read)
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass
