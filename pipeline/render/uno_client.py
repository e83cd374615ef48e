"""Convert a document to PDF through a running LibreOffice (run by the system Python).

The `uno` module belongs to Debian's python3-uno, that is to /usr/bin/python3, not to
the project's virtual environment, so the pipeline runs this file as a subprocess:

    /usr/bin/python3 uno_client.py PIPE_NAME INPUT.docx OUTPUT.pdf [FILTER_OPTIONS_JSON]
    /usr/bin/python3 uno_client.py serve SOFFICE PIPE_NAME PROFILE_URL IDLE_SECONDS STAMP_FILE
    /usr/bin/python3 uno_client.py compare PIPE_NAME NEW.docx OLD.docx OUTPUT.docx

FILTER_OPTIONS_JSON is the PDF filter's options as --convert-to takes them:
{"UseTaggedPDF": {"type": "boolean", "value": "true"}, …}.

Exit status: 0 converted, 3 no LibreOffice listens on the pipe, 1 conversion failed. `serve` runs the
LibreOffice that listens, and stops it after IDLE_SECONDS without a conversion (each one touches STAMP_FILE).
This file imports nothing from the pipeline but pipeline/machinery/portable.py, by its path.
"""
import json
import os
import sys


def _prop(name, value):
    from com.sun.star.beans import PropertyValue

    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _connected(pipe: str):
    """The running LibreOffice's component context, or None when none listens on `pipe`."""
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    try:
        context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
    except NoConnectException:
        return None
    stamp = os.environ.get("FINSAM_LO_STAMP")
    if stamp:
        try:
            os.utime(stamp)
        except OSError:
            pass
    return context


def main(pipe: str, source: str, target: str, options: str = "{}") -> int:
    try:
        import uno
    except ImportError:
        return 3
    prop = _prop
    context = _connected(pipe)
    if context is None:
        return 3
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                            (prop("Hidden", True), prop("ReadOnly", True)))
    if document is None:
        return 1
    try:
        data = tuple(prop(name, option["value"] == "true" if option["type"] == "boolean" else int(option["value"]))
                     for name, option in json.loads(options).items())
        arguments = (prop("FilterName", "writer_pdf_Export"),
                     prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", data)))
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target),
                                            uno.Any("[]com.sun.star.beans.PropertyValue", arguments)))
    finally:
        document.close(True)
    return 0


def compare(pipe: str, new: str, old: str, target: str) -> int:
    """Write `new` with its differences from `old` as tracked changes (Writer's Edit → Track Changes →
    Compare Document) to `target`, a .docx."""
    try:
        import uno
    except ImportError:
        return 3
    context = _connected(pipe)
    if context is None:
        return 3
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(new), "_blank", 0, (_prop("Hidden", True),))
    if document is None:
        return 1
    try:
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        dispatcher.executeDispatch(document.getCurrentController().getFrame(), ".uno:CompareDocuments", "", 0,
                                   (_prop("URL", uno.systemPathToFileUrl(old)), _prop("NoAcceptDialog", True)))
        document.storeToURL(uno.systemPathToFileUrl(target), (_prop("FilterName", "MS Word 2007 XML"),))
    finally:
        document.close(True)
    return 0


def _private(path: str, flags: int):
    """A file in the pipeline's private folder, never opened through a symbolic link."""
    return os.fdopen(os.open(path, flags | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o600), "w")


STARTING_S = 20  # as long as a build waits for a LibreOffice it started (pipeline.render.layout)


def serve(program: str, pipe: str, profile: str, idle: str, stamp: str) -> int:
    """Run LibreOffice listening on `pipe`, and stop it when `stamp` (touched by every conversion) is
    older than `idle` seconds, or when it exits (status 1: it stopped by itself). One per pipe: a second
    one finds the lock taken. LibreOffice's temporary files go to a folder of its own (STAMP.tmp), removed
    when it stops, and when the next one starts if this watcher was killed."""
    import shutil
    import signal
    import subprocess
    import time

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # killed: still stop LibreOffice (finally below)

    lock = _private(stamp + ".lock", os.O_WRONLY | os.O_CREAT)
    if not _portable().lock(lock, wait=False):
        return 0
    _private(stamp, os.O_WRONLY | os.O_CREAT).close()
    os.utime(stamp)
    own_tmp = stamp + ".tmp"
    shutil.rmtree(own_tmp, ignore_errors=True)
    os.mkdir(own_tmp, 0o700)
    office = subprocess.Popen([program, f"-env:UserInstallation={profile}", "--headless", "--invisible",
                               "--nologo", "--norestore", "--nolockcheck",
                               f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "TMPDIR": own_tmp})
    with _private(stamp + ".pid", os.O_WRONLY | os.O_CREAT | os.O_TRUNC) as f:
        f.write(str(os.getpid()))
    started = time.time()
    try:
        while office.poll() is None:
            time.sleep(0.5)
            try:
                # idle since the last conversion, and not while it starts (seconds on a busy machine)
                if time.time() - max(os.stat(stamp).st_mtime, started + STARTING_S) > float(idle):
                    break
            except OSError:
                break  # the stamp was removed: asked to stop
    finally:
        stopped_by_itself = office.poll() is not None
        if not stopped_by_itself:
            office.terminate()
            try:
                office.wait(10)
            except subprocess.TimeoutExpired:
                office.kill()
                office.wait()
        shutil.rmtree(own_tmp, ignore_errors=True)
        try:
            os.unlink(stamp + ".pid")
        except OSError:
            pass
    return 1 if stopped_by_itself else 0


def _portable():
    """pipeline/machinery/portable.py (file locks on Windows and elsewhere), loaded by its path: this Python is
    LibreOffice's or the system's, without the pipeline installed."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "machinery" / "portable.py"
    spec = importlib.util.spec_from_file_location("finsam_portable", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        sys.exit(serve(*sys.argv[2:7]))
    if sys.argv[1] == "compare":
        sys.exit(compare(*sys.argv[2:6]))
    sys.exit(main(*sys.argv[1:5]))
