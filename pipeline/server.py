"""A warm process that runs `python -m pipeline` commands, so that a build does not spend its first 0.4 s
starting Python and importing the libraries it needs (python-docx, docxtpl, lxml, numpy for the rounding,
click, and the package's own dataclasses).

The first command starts it in the background and runs itself as usual; later commands hand their
arguments, working folder, environment and terminal (stdin, stdout, stderr) to it over a Unix socket. It
forks a child per command, which runs the command exactly as a new process would and reports its exit
status, so no state passes from one command to the next. There is one per user and per installation; it
stops by itself after IDLE_S without a command, and at once when the program's files have changed (the
next command then starts a new one). Its absence or a crash only costs time: the command runs in its own
process. FINSAM_SERVER=0 turns it off.
"""
from __future__ import annotations

import array
import hashlib
import json
import os
import signal
import socket
import struct
import sys
import tempfile
from pathlib import Path

IDLE_S = 600
PACKAGE = Path(__file__).resolve().parent


def enabled() -> bool:
    return os.environ.get("FINSAM_SERVER", "1") != "0"


def signature() -> str:
    """The program as installed: the interpreter and every file of the package (names, sizes, times)."""
    digest = hashlib.sha256(sys.executable.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".csv"):
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def socket_path() -> Path:
    """One per user and installation: the key separates two clones or virtual environments."""
    base = os.environ.get("FINSAM_RUNTIME") or os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    key = hashlib.sha256(f"{sys.executable}\0{PACKAGE}".encode()).hexdigest()[:16]
    return Path(base) / f"finsam-{os.getuid()}-{key}.sock"


# --- the client: python -m pipeline ----------------------------------------------------------------------

def run_remotely(argv: list[str]) -> int | None:
    """Run the command in the warm process; None when there is none (or it runs other code)."""
    path = socket_path()
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    with connection:
        request = json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ),
                              "signature": signature()}).encode("utf-8")
        try:
            socket.send_fds(connection, [struct.pack("!I", len(request)) + request], [0, 1, 2])
            pid = _receive_int(connection)
        except OSError:
            return None
        if pid is None:
            return None  # it runs other code, and is stopping
        try:
            status = _receive_int(connection)
        except KeyboardInterrupt:
            os.kill(pid, signal.SIGINT)
            return 130
        return 3 if status is None else status


def _receive_int(connection: socket.socket) -> int | None:
    data = b""
    while len(data) < 4:
        chunk = connection.recv(4 - len(data))
        if not chunk:
            return None
        data += chunk
    return struct.unpack("!i", data)[0]


def start_in_background() -> None:
    """Start the warm process for the next command; never fails the current one."""
    import subprocess

    try:
        subprocess.Popen([sys.executable, "-m", "pipeline.server"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                         env={**os.environ, "FINSAM_SERVER": "0"}, cwd="/")
    except OSError:
        pass


# --- the warm process --------------------------------------------------------------------------------------

def _warm() -> None:
    """Import what commands use, once."""
    import gc

    import pipeline.build  # noqa: F401
    import pipeline.cli  # noqa: F401
    import pipeline.load  # noqa: F401
    import pipeline.render.docx  # noqa: F401
    from pipeline.documents import registry
    from pipeline.present import charts, rounding

    import pikepdf  # noqa: F401 – the PDF's checks
    import pypdf  # noqa: F401 – page numbers from a layout

    registry()
    rounding.warm()
    charts.warm()
    # What is imported now lives as long as the process: kept out of the garbage collector's reach, so
    # that no collection in a fork walks it (and copies the pages it touches).
    gc.collect()
    gc.freeze()


def serve() -> None:
    import fcntl

    path = socket_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = open(path.with_suffix(".lock"), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return  # another one is starting or running
    mine = signature()
    _warm()
    path.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    os.chmod(path, 0o600)
    listener.listen(16)
    pid_file = path.with_suffix(".pid")
    pid_file.write_text(str(os.getpid()))
    listener.settimeout(IDLE_S)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop(): clean up on the way out
    try:
        while True:
            try:
                connection, _ = listener.accept()
            except socket.timeout:
                return
            with connection:
                request, fds = _request(connection)
                if request is None:
                    continue
                if request["signature"] != mine:
                    return  # the program changed: the client runs the command itself, and starts anew
                if os.fork() == 0:
                    listener.close()
                    _child(connection, request, fds)
                for fd in fds:
                    os.close(fd)
    finally:
        path.unlink(missing_ok=True)
        pid_file.unlink(missing_ok=True)
        listener.close()


def stop() -> None:
    """Stop the warm process of this installation, if one runs."""
    import time

    pid_file = socket_path().with_suffix(".pid")
    try:
        pid = int(pid_file.read_text())
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError):
        return
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)


def _request(connection: socket.socket) -> tuple[dict | None, list[int]]:
    fds = array.array("i")
    try:
        message, ancillary, _, _ = connection.recvmsg(1 << 20, socket.CMSG_LEN(3 * fds.itemsize))
        for level, kind, data in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(data[: len(data) - (len(data) % fds.itemsize)])
        size = struct.unpack("!I", message[:4])[0]
        body = message[4:]
        while len(body) < size:
            chunk = connection.recv(size - len(body))
            if not chunk:
                break
            body += chunk
        return json.loads(body.decode("utf-8")), list(fds)
    except (OSError, ValueError, struct.error):
        for fd in fds:
            os.close(fd)
        return None, []


def _child(connection: socket.socket, request: dict, fds: list[int]) -> None:
    """Become the command: the client's terminal, folder, environment and arguments; report its status."""
    status = 3
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.setsid()
        for target, fd in zip((0, 1, 2), fds):
            os.dup2(fd, target)
            os.close(fd)
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", closefd=False, encoding="utf-8", errors="replace")
        sys.stderr = open(2, "w", closefd=False, encoding="utf-8", errors="replace")
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        connection.sendall(struct.pack("!i", os.getpid()))
        from pipeline.cli import main

        sys.argv = ["python -m pipeline", *request["argv"]]
        try:
            main(request["argv"], prog_name="python -m pipeline")
            status = 0
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException:  # noqa: BLE001 - whatever happens, the client hears a status
        status = 3
    finally:
        try:
            from pipeline import timing

            timing.write()  # what atexit does for a command in its own process (os._exit skips atexit)
            sys.stdout.flush()
            sys.stderr.flush()
            connection.sendall(struct.pack("!i", status))
        finally:
            os._exit(status)


if __name__ == "__main__":
    serve()
