"""What differs between Windows and Linux/macOS, in one place: locking a file, the user's tag in names
shared on the machine, the peak memory of this process, and output to a console that cannot show every
character.

This module imports nothing from the pipeline and runs on Python 3.8 too: uno_client.py loads it by path,
under the Python that comes with LibreOffice.
"""
from __future__ import annotations

import codecs
import os
import sys
import time

WINDOWS = os.name == "nt"


def lock(file, wait: bool = True) -> bool:
    """Take an exclusive lock on the open `file` (a file or its descriptor), held until it is closed. Without
    `wait`, False when another process holds it. Windows: msvcrt's lock on the file's first byte; elsewhere
    flock."""
    if WINDOWS:
        import msvcrt

        fd = file if isinstance(file, int) else file.fileno()
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(0.05)
    import fcntl

    try:
        fcntl.flock(file, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def detached() -> dict:
    """subprocess.Popen's arguments for a process that outlives this one and its console (Ctrl+C included)."""
    if WINDOWS:
        import subprocess

        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS}
    return {"start_new_session": True}


def user_tag() -> str:
    """This user, in the names of files and pipes other users on the machine may see: the uid, or on
    Windows the user name (its letters and digits, and a short hash when it has others)."""
    if not WINDOWS:
        return str(os.getuid())
    import getpass
    import hashlib
    import re

    name = getpass.getuser()
    safe = re.sub(r"[^A-Za-z0-9_-]", "", name)
    return safe if safe == name else f"{safe}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}"


def peak_memory_mb() -> float:
    """The most memory this process has used (resident set; on Windows its peak working set), in MB."""
    if WINDOWS:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        *((name, ctypes.c_size_t) for name in (
                            "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                            "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                            "PagefileUsage", "PeakPagefileUsage"))]

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]
        counters = Counters(cb=ctypes.sizeof(Counters))
        if not kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
            return 0.0
        return counters.PeakWorkingSetSize / (1024 * 1024)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def release_freed_memory() -> None:
    """The heap this process freed given back to the system, which glibc would keep (Linux): the warm process
    does this once it is ready, so that the commands forked from it do not carry its freed pages."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # a C library other than glibc
            pass


# Characters of the messages a Windows console's code page (cp1252, cp850) may lack, and what shows instead.
_PLAIN = {"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2060": "", "\u00a0": " ", "\u202f": " ",
          "\u2026": "...", "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u201d": '"', "\u201c": '"',
          "\u2019": "'", "\u2018": "'", "\u2022": "*", "\u00b7": "*"}


def _plain(error: UnicodeEncodeError) -> tuple[str, int]:
    part = error.object[error.start:error.end]
    return "".join(_PLAIN.get(c, "?") for c in part), error.end


codecs.register_error("finsam-plain", _plain)


def console() -> None:
    """Output that a console's code page (cp1252, cp850) cannot encode falls back to plain characters (a
    minus to -, a word joiner to nothing, others to ?) instead of ending the command with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="finsam-plain")
