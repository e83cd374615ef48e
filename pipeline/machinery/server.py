"""A warm process that runs `python -m pipeline` commands, so that a build does not spend its first 0.4 s
starting Python and importing the libraries it needs (python-docx, docxtpl, lxml, numpy for the rounding,
click, and the package's own dataclasses).

The first command starts it in the background and runs itself as usual; later commands hand their
arguments, working folder, environment and terminal (stdin, stdout, stderr) to it over a Unix socket. It
forks a child per command, which runs the command exactly as a new process would and reports its exit
status, so no state passes from one command to the next. There is one per user and per installation; it
stops by itself after IDLE_S without a command, and at once when the program's files have changed (the
next command then starts a new one). Its absence or a crash only costs time: the command runs in its own
process. FINSAM_SERVER=0 turns it off; on Windows it is off (see enabled()).
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

from pipeline.machinery import runtime

IDLE_S = 600
PACKAGE = Path(__file__).resolve().parent.parent


def enabled() -> bool:
    """On unless FINSAM_SERVER=0, where there are fork and Unix sockets that pass a terminal (not on
    Windows: there every command runs in its own process, with the same results)."""
    return (hasattr(os, "fork") and hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds")
            and os.environ.get("FINSAM_SERVER", "1") != "0")


def signature() -> str:
    """The program as installed, by content: the interpreter, every file of the package, and the installed
    distributions (each one's RECORD lists its files' hashes, and is written anew when it is installed). A
    file edited to the same size with its time put back changes it too. The client computes it for every
    command: about 5 ms (95 files, 0.6 MB) on the development machine (docs/prestanda.md)."""
    digest = hashlib.sha256(sys.executable.encode())
    for root, folders, names in os.walk(PACKAGE):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".csv")):
                with open(os.path.join(root, name), "rb") as f:
                    data = f.read()
                digest.update(f"{root}/{name}\0{len(data)}\0".encode() + data)
    for site in sorted({p for p in sys.path if p.endswith("-packages") and os.path.isdir(p)}):
        for record in sorted(Path(site).glob("*.dist-info/RECORD")):
            data = record.read_bytes()
            digest.update(f"{record}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def socket_path() -> Path:
    """Raises runtime.Refused when the private folder is not safe to use."""
    return runtime.server_socket()


# --- the client: python -m pipeline ----------------------------------------------------------------------

GRACE_S = 5  # a command whose client is gone is interrupted, and killed if it has not stopped after this


def run_remotely(argv: list[str]) -> int | None:
    """Run the command in the warm process; None when there is none (or it runs other code).

    The command lives as long as this process: when it is interrupted (Ctrl-C: exit 130) or killed, the
    warm process's child running the command is interrupted too, and writes nothing more."""
    try:
        path = socket_path()
    except runtime.Refused as exc:
        print(f"Obs: {exc} Kommandot körs utan den varma processen.", file=sys.stderr)
        return None
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    with connection:
        try:
            request = json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ),
                                  "signature": signature()}).encode("utf-8")
            try:
                socket.send_fds(connection, [struct.pack("!I", len(request)) + request], [0, 1, 2])
                pid = _receive_int(connection)
            except OSError:
                return None
            if pid is None:
                return None  # it runs other code, and is stopping
            status = _receive_int(connection)
            return 3 if status is None else status
        except KeyboardInterrupt:
            return _interrupted(connection)


def _interrupted(connection: socket.socket) -> int:
    """Ctrl-C: the command is told (its connection hangs up), and given time to stop before the prompt
    returns."""
    try:
        connection.shutdown(socket.SHUT_WR)
        connection.settimeout(GRACE_S + 1)
        while connection.recv(64):
            pass
    except (OSError, KeyboardInterrupt):
        pass
    print("Avbrutet.", file=sys.stderr)
    return 130


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
        subprocess.Popen([sys.executable, "-m", "pipeline.machinery.server"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                         env={**os.environ, "FINSAM_SERVER": "0", "PYTHONPATH": os.pathsep.join(
                             [str(PACKAGE.parent), *filter(None, [os.environ.get("PYTHONPATH")])])},
                         cwd="/")  # this package, wherever the command found it
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
    from pipeline.machinery import files, portable
    from pipeline.present import charts, rounding

    import pikepdf  # noqa: F401 – the PDF's checks
    import pypdf  # noqa: F401 – page numbers from a layout

    registry()
    rounding.warm()
    charts.warm()
    try:
        with files.holding():  # a build with an empty cache (a new machine) finds them in memory
            pipeline.build.prepare_templates()
    except Exception:  # noqa: BLE001 – a standard template that cannot be read: the build that uses it says why
        pass
    # What is imported now lives as long as the process: kept out of the garbage collector's reach, so
    # that no collection in a fork walks it (and copies the pages it touches).
    gc.collect()
    gc.freeze()
    portable.release_freed_memory()  # what the templates' preparation freed (~35 MB)


def serve() -> None:
    import fcntl

    try:
        path = socket_path()
        lock = os.fdopen(runtime.open_private(f"{path.stem}.lock"), "w")
    except (runtime.Refused, OSError):
        return  # the client said why, or it cannot run: commands run in their own processes
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return  # another one is starting or running
    mine = signature()
    _warm()
    _clear(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    os.chmod(path, 0o600)
    listener.listen(16)
    pid_file = path.with_suffix(".pid")
    with os.fdopen(runtime.open_private(pid_file.name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "w") as f:
        f.write(str(os.getpid()))
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


def _clear(path: Path) -> None:
    """Whatever is where the socket goes (an old socket, or a folder made there) removed: the private
    folder is this user's, so it is nobody else's."""
    import shutil

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def stop() -> None:
    """Stop the warm process of this installation, if one runs."""
    try:
        runtime.stop(socket_path().with_suffix(".pid"))
    except runtime.Refused:
        pass


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
    """Become the command: the client's terminal, folder, environment and arguments; report its status.
    When the client hangs up (interrupted or killed), the command is interrupted as Ctrl-C would, writes
    nothing more (pipeline.machinery.files checks before every rename), and is killed if it has not stopped soon."""
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
        os.environ.clear()
        os.environ.update(request["env"])
        tempfile.tempdir = None  # the client's TMPDIR, not the one this process found first
        connection.sendall(struct.pack("!i", os.getpid()))
        _watch(connection)
        from pipeline.cli import main

        sys.argv = ["python -m pipeline", *request["argv"]]
        try:
            _enter(request["cwd"])
            main(request["argv"], prog_name="python -m pipeline")
            status = 0
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except KeyboardInterrupt:
        status = 130
    except BaseException:  # noqa: BLE001 - whatever happens, the client hears a status
        status = 3
    finally:
        try:
            from pipeline.machinery import timing

            timing.served = True
            timing.write()  # what atexit does for a command in its own process (os._exit skips atexit)
            sys.stdout.flush()
            sys.stderr.flush()
            connection.sendall(struct.pack("!i", status))
        finally:
            os._exit(status)


def _enter(cwd: str) -> None:
    try:
        os.chdir(cwd)
    except FileNotFoundError:  # the working folder was removed after the client started
        print(gone_folder(cwd), file=sys.stderr)
        raise SystemExit(1) from None


def gone_folder(cwd: str | None) -> str:
    named = f" {cwd}" if cwd else ""
    return f"Fel: arbetsmappen{named} finns inte längre. Byt till en befintlig mapp (cd) och kör igen."


def _watch(connection: socket.socket) -> None:
    """Interrupt this command (and what it started) when the client hangs up: the client sends nothing
    after its request, so the connection becomes readable only then."""
    import select
    import threading

    from pipeline.machinery import files

    files.stop_when(lambda: bool(select.select([connection], [], [], 0)[0]))

    def wait() -> None:
        select.select([connection], [], [])
        null = os.open(os.devnull, os.O_WRONLY)
        for fd in (1, 2):
            os.dup2(null, fd)  # nothing more on the terminal of a command the user stopped
        os.killpg(0, signal.SIGINT)
        threading.Event().wait(GRACE_S)
        os.killpg(0, signal.SIGKILL)

    threading.Thread(target=wait, daemon=True).start()


if __name__ == "__main__":
    serve()
