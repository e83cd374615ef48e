"""The long-running helpers: the warm process that runs commands and the LibreOffice that lays documents
out start when first needed, serve what follows, stop by themselves, and are never left behind."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import JAMTLAND, ROOT, office_processes
from pipeline.machinery import runtime, server
from pipeline.render import layout as lo

needs_uno = pytest.mark.skipif(lo.soffice() is None or lo.uno_python() is None,
                               reason="needs LibreOffice with python3-uno (make libreoffice installs both)")


# The warm process forks and passes the terminal over a Unix socket; on Windows it is off (server.enabled()).
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no warm process where there is no fork (Windows)")
# Every test here is about the warm process, its private folder and LibreOffice kept running (off on
# Windows, or not in its CI: Wine has no LibreOffice).
pytestmark = needs_fork


def _python_m_pipeline(*args: str, cwd=ROOT, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **env})


def _wait(condition, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_warm_process_runs_commands_as_they_would_run_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path)}
    try:
        first = _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), **on)  # starts it
        assert first.returncode == 0 and first.stdout.strip() == "2021"
        assert _wait(lambda: server.socket_path().exists())
        # through it: the output, the exit status, the working folder and the environment are the command's
        served = _python_m_pipeline("year", "arsredovisning", "--input", "jamtland-2021", cwd=ROOT / "examples", **on)
        assert (served.returncode, served.stdout.strip()) == (0, "2021")
        wrong = _python_m_pipeline("build", "arsredovisning", "--year", "abc", **on)
        assert wrong.returncode == 2 and "Ogiltigt värde för '--year'" in wrong.stderr
        made = _python_m_pipeline("build", "arsredovisning", "--year", "abc", FINSAM_MAKE="1", **on)
        assert made.stderr.strip() == "Fel: Ogiltigt värde för YEAR: 'abc' är inte ett heltal."
        bad = _python_m_pipeline("check", "--input", str(tmp_path / "saknas"), **on)
        assert bad.returncode == 2
    finally:
        server.stop()
    assert not server.socket_path().exists()


def test_the_warm_process_stops_when_the_program_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path)}
    try:
        _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), **on)
        assert _wait(lambda: server.socket_path().exists())
        monkeypatch.setattr(server, "signature", lambda: "another program")
        assert server.run_remotely(["year", "arsredovisning", "--input", str(JAMTLAND)]) is None
        assert _wait(lambda: not server.socket_path().exists())
    finally:
        server.stop()


@needs_uno
def test_libreoffice_for_builds_starts_serves_and_stops(tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_LO_NAME", f"{os.environ['FINSAM_LO_NAME']}-own")
    monkeypatch.setenv("FINSAM_LO_IDLE", "3")
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    from docx import Document

    source = tmp_path / "a.docx"
    document = Document()
    document.add_heading("Rubrik", 1)
    document.save(source)
    mine = lambda: [p for p in office_processes() if p.endswith("-own") or "-own " in p or "-own;" in p]  # noqa: E731
    try:
        assert lo.to_pdf(source, tmp_path).exists()  # starts it and converts through it
        assert mine()
        assert lo._via_server(source, tmp_path / "b.pdf", lo.DRAFT) == 0  # it serves the next one
        assert _wait(lambda: not mine(), 30), mine()  # and stops by itself when idle
    finally:
        lo.stop_server()
    assert not mine()


@needs_uno
def test_killing_the_watcher_stops_its_libreoffice(tmp_path, monkeypatch):
    import signal

    monkeypatch.setenv("FINSAM_LO_NAME", f"{os.environ['FINSAM_LO_NAME']}-killed")
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    mine = lambda: [p for p in office_processes() if "-killed" in p]  # noqa: E731
    watcher = lo.start_server(idle=60)
    try:
        assert _wait(lambda: any("soffice" in p for p in mine()))
        os.kill(watcher.pid, signal.SIGTERM)
        assert _wait(lambda: not mine(), 20), mine()
    finally:
        lo.stop_server()


@needs_uno
def test_two_conversions_at_once_use_two_libreoffices(tmp_path, monkeypatch):
    import fcntl

    monkeypatch.setattr(lo, "SLOTS", 2)  # as on a machine of two cores or more
    monkeypatch.setenv("FINSAM_LO_NAME", f"{os.environ['FINSAM_LO_NAME']}-pair")
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    from docx import Document

    source = tmp_path / "a.docx"
    document = Document()
    document.add_heading("Rubrik", 1)
    document.save(source)
    second = lambda: [p for p in office_processes() if "-pair-2" in p]  # noqa: E731
    try:
        with open(f"{lo._server_files(0)[0]}.busy", "w") as busy:  # the first converts another document now
            fcntl.flock(busy, fcntl.LOCK_EX)
            assert lo.to_pdf(source, tmp_path).exists()
        assert any("soffice" in p for p in second())  # so a second LibreOffice was started for this one
        assert lo._via_server(source, tmp_path / "b.pdf", lo.DRAFT, 0) == lo.NO_LISTENER  # the first was not
    finally:
        lo.stop_server()
    assert _wait(lambda: not second(), 20), second()


# --- a command lives as long as its client -------------------------------------------------------------------

@pytest.fixture
def warm(tmp_path, monkeypatch):
    """A warm process of the suite's own (its private folder in tmp_path): the environment that uses it."""
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path)}
    _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), **on)
    assert _wait(lambda: server.socket_path().exists())
    pid_file = server.socket_path().with_suffix(".pid")  # its own, whatever a test sets FINSAM_RUNTIME to
    try:
        yield on
    finally:
        runtime.stop(pid_file)


def _server_pid() -> int:
    return int(server.socket_path().with_suffix(".pid").read_text())


def _commands_running() -> list[str]:
    """The warm process's children: the commands it runs now."""
    return subprocess.run(["pgrep", "-P", str(_server_pid())], capture_output=True, text=True).stdout.split()


def _killed_at(args: list[str], after: float, sig: int, **env: str) -> subprocess.CompletedProcess:
    """Run `python -m pipeline ARGS` and send it `sig` after `after` seconds (unless it ended before); returns
    once the warm process runs nothing more."""
    client = subprocess.Popen([sys.executable, "-m", "pipeline", *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, **env})
    try:
        client.wait(after)
    except subprocess.TimeoutExpired:
        client.send_signal(sig)
    out, err = client.communicate()
    if server.socket_path().exists():
        assert _wait(lambda: not _commands_running(), server.GRACE_S + 5)
    return subprocess.CompletedProcess(args, client.returncode, out, err)


def _duration(args: list[str], **env: str) -> float:
    started = time.monotonic()
    done = _python_m_pipeline(*args, **env)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def test_a_build_with_an_empty_cache_finds_the_standard_templates_prepared(warm, tmp_path):
    """The warm process checked, cleaned up and compiled the standard templates when it started: a build with
    an empty cache (a new year's document, a new machine) draws its charts and makes nothing of the template, and
    its document is the one a command alone makes."""
    def built(name: str, **env: str) -> tuple[list[str], bytes]:
        cache = tmp_path / f"cache-{name}"
        done = _python_m_pipeline("build", "arsredovisning", "--input", str(JAMTLAND), "--output",
                                  str(tmp_path / name), "--no-layout", **{**warm, "FINSAM_CACHE": str(cache), **env})
        assert done.returncode == 0, done.stderr
        return sorted(p.name for p in cache.iterdir()), (tmp_path / name / "arsredovisning-2021.docx").read_bytes()

    served, alone = built("served"), built("alone", FINSAM_SERVER="0")
    templates = {"jinja", "patched", "templatecheck"}  # what the template makes (the rest: charts, the workbooks)
    assert "charts" in served[0] and not templates & set(served[0])
    assert templates < set(alone[0]) and set(alone[0]) - templates == set(served[0])
    assert served[1] == alone[1]


def test_a_build_killed_at_any_point_leaves_no_document(warm, tmp_path):
    import signal

    out = tmp_path / "ut"
    args = ["build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(out)]
    # a new cache each time: the charts are drawn and the template compiled, the slow build a user meets first
    whole = _duration(args, FINSAM_CACHE=str(tmp_path / "cache-0"), **warm)
    (out / "arsredovisning-2021.docx").unlink()
    stopped = 0
    for n, share in enumerate((0.05, 0.2, 0.4, 0.6, 0.8), start=1):
        tmp = tmp_path / f"tmp-{n}"
        tmp.mkdir()
        done = _killed_at(args, whole * share, signal.SIGKILL, FINSAM_CACHE=str(tmp_path / f"cache-{n}"),
                          TMPDIR=str(tmp), **warm)
        document = out / "arsredovisning-2021.docx"
        assert document.exists() == (done.returncode == 0), (share, done.returncode, done.stderr)
        stopped += done.returncode == -signal.SIGKILL
        assert not list(out.glob(".*.tmp")) and not list(tmp.iterdir())
        document.unlink(missing_ok=True)
    assert stopped >= 3  # most kills came while the command ran


@pytest.mark.parametrize("warm_process", [True, False])
def test_ctrl_c_stops_the_command_with_130(tmp_path, monkeypatch, warm_process):
    import signal

    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    on = {"FINSAM_SERVER": "1" if warm_process else "0", "FINSAM_RUNTIME": str(tmp_path)}
    out = tmp_path / "ut"
    args = ["build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(out)]
    try:
        whole = _duration(args, FINSAM_CACHE=str(tmp_path / "cache-0"), **on)
        if warm_process:
            assert _wait(lambda: server.socket_path().exists())
        (out / "arsredovisning-2021.docx").unlink()
        stopped = 0
        for n, share in enumerate((0.1, 0.3, 0.5, 0.7), start=1):
            done = _killed_at(args, whole * share, signal.SIGINT, FINSAM_CACHE=str(tmp_path / f"cache-{n}"), **on)
            assert (out / "arsredovisning-2021.docx").exists() == (done.returncode == 0), (share, done.stderr)
            if done.returncode != 0:
                stopped += 1
                assert (done.returncode, done.stderr.strip().splitlines()[-1]) == (130, "Avbrutet."), done.stderr
            # in its own process Python may say "Exception ignored" (and its traceback) for a Ctrl-C that came in a
            # fork's handlers, and go on, writing nothing; the warm process's command is silent once stopped
            ignored = not warm_process and "Exception ignored" in done.stderr
            assert "Traceback" not in done.stderr or ignored, done.stderr
            (out / "arsredovisning-2021.docx").unlink(missing_ok=True)
        assert stopped >= 2
    finally:
        server.stop()


def test_an_import_killed_at_any_point_leaves_the_folder_as_it_was(warm, tmp_path):
    import importlib.util
    import shutil
    import signal

    from conftest import SJOBYGDEN, loaded

    spec = importlib.util.spec_from_file_location("bench", ROOT / "tools" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    export = tmp_path / "export.se"
    bench.large_sie(export, loaded(SJOBYGDEN).forbund.orgnr, vouchers=30_000)
    folder = tmp_path / "indata"
    shutil.copytree(SJOBYGDEN, folder)
    files = lambda: {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}  # noqa: E731
    before = files()
    args = ["import-sie", str(export), "--input", str(folder)]
    whole = []
    for _ in range(2):  # the second as fast as the imports below (what the first read is cached)
        whole.append(_duration(args, **warm))
        assert files() != before  # an import that ran writes the export into the folder
        shutil.rmtree(folder)
        shutil.copytree(SJOBYGDEN, folder)
    whole = min(whole)
    stopped = 0
    for share in (0.1, 0.3, 0.5, 0.7, 0.9):
        done = _killed_at(args, whole * share, signal.SIGKILL, **warm)
        changed = files() != before
        # a finished import has its export in the folder; a killed one none, or (killed after its copy was in
        # place, before it could exit) the whole export, never a part of it
        assert changed or done.returncode != 0, (share, done.returncode, done.stderr)
        if changed:
            assert sorted(p.read_bytes() for p in (folder / "bokforing").iterdir()) == [export.read_bytes()]
        stopped += done.returncode == -signal.SIGKILL
        if changed:
            shutil.rmtree(folder)
            shutil.copytree(SJOBYGDEN, folder)
    assert stopped >= 2


# --- the server runs the code on disk ----------------------------------------------------------------------

def test_a_same_size_edit_with_its_time_put_back_restarts_the_warm_process(tmp_path, monkeypatch):
    """A copy of the package run from its own folder (its own warm process): one character of a module
    changed, its size and time as before."""
    import shutil

    root = tmp_path / "clone"
    shutil.copytree(ROOT / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path)}
    run = lambda: _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), cwd=root, **on)  # noqa: E731
    pid_files = lambda: list((tmp_path / "finsam").glob("server-*.pid"))  # noqa: E731
    assert run().stdout.strip() == "2021"
    assert _wait(lambda: len(pid_files()) == 1)
    first = int(pid_files()[0].read_text())
    assert run().returncode == 0 and int(pid_files()[0].read_text()) == first  # it serves
    module = root / "pipeline" / "fmt.py"
    times = os.stat(module)
    text = module.read_text(encoding="utf-8")
    assert "Swedish" in text
    module.write_text(text.replace("Swedish", "swedish", 1), encoding="utf-8")
    os.utime(module, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert os.stat(module).st_size == times.st_size and os.stat(module).st_mtime_ns == times.st_mtime_ns
    try:
        assert run().stdout.strip() == "2021"  # run by the client itself, as the old code stops
        assert _wait(lambda: pid_files() and int(pid_files()[0].read_text()) != first)  # a new one started
    finally:
        for pid_file in pid_files():
            os.kill(int(pid_file.read_text()), 15)


def test_the_signature_follows_content_and_installed_distributions(tmp_path, monkeypatch):
    import shutil

    package = tmp_path / "pipeline"
    shutil.copytree(ROOT / "pipeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    site = tmp_path / "site-packages"
    (site / "lxml-6.1.3.dist-info").mkdir(parents=True)
    (site / "lxml-6.1.3.dist-info" / "RECORD").write_text("lxml/etree.py,sha256=aaa,10\n")
    monkeypatch.setattr(server, "PACKAGE", package)
    monkeypatch.setattr(sys, "path", [str(site)])
    first = server.signature()
    assert server.signature() == first
    (site / "lxml-6.1.3.dist-info" / "RECORD").write_text("lxml/etree.py,sha256=bbb,10\n")  # reinstalled
    assert server.signature() != first
    (site / "lxml-6.1.3.dist-info" / "RECORD").write_text("lxml/etree.py,sha256=aaa,10\n")
    assert server.signature() == first
    (package / "data" / "new.csv").write_text("a;b\n")  # a file of the package's data
    assert server.signature() != first


# --- private runtime files -----------------------------------------------------------------------------------

def test_one_warm_process_whatever_tmpdir_says(warm, tmp_path):
    first = _server_pid()
    for n in range(2):
        other = tmp_path / f"tmp-{n}"
        other.mkdir()
        assert _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), TMPDIR=str(other),
                                  **warm).returncode == 0
        assert not list(other.iterdir())
    time.sleep(1)
    assert _server_pid() == first and len(list(server.socket_path().parent.glob("*.sock"))) == 1


def test_the_private_folder_is_made_for_the_user_alone(tmp_path, monkeypatch):
    from pipeline.machinery import runtime

    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    folder = runtime.folder()
    assert folder == tmp_path / "finsam" and (os.stat(folder).st_mode & 0o777) == 0o700
    folder.chmod(0o755)  # ours, but open to others: closed again
    assert runtime.folder() == folder and (os.stat(folder).st_mode & 0o777) == 0o700
    monkeypatch.delenv("FINSAM_RUNTIME")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "xdg"))
    (tmp_path / "xdg").mkdir(mode=0o700)
    assert runtime.folder() == tmp_path / "xdg" / "finsam"
    if os.getuid() == 0:  # sudo keeps the calling user's XDG_RUNTIME_DIR: not used
        os.chown(tmp_path / "xdg", 65534, 65534)
        assert runtime.folder() == Path(f"/tmp/finsam-{os.getuid()}")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert runtime.folder() == Path(f"/tmp/finsam-{os.getuid()}")  # not in TMPDIR


def test_a_planted_link_is_refused_and_never_followed(tmp_path, monkeypatch):
    from pipeline.machinery import runtime

    victim = tmp_path / "victim"
    victim.write_text("root's file")
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path / "run"))
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "finsam").symlink_to(tmp_path)  # the folder itself a link
    with pytest.raises(runtime.Refused, match="är en symbolisk länk"):
        runtime.folder()
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path / "run")}
    done = _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), **on)
    assert done.returncode == 0 and done.stdout.strip() == "2021"
    assert f"Obs: {tmp_path / 'run' / 'finsam'} är en symbolisk länk; den används inte. Ta bort den." in done.stderr
    (tmp_path / "run" / "finsam").unlink()
    folder = runtime.folder()
    lock = server.socket_path().with_suffix(".lock")
    lock.symlink_to(victim)  # a lock file planted as a link (as in a shared folder)
    server.serve()  # refuses to start
    assert victim.read_text() == "root's file" and not server.socket_path().exists()
    with pytest.raises(runtime.Refused, match=f"{lock} är en symbolisk länk; den följs inte"):
        runtime.open_private(lock.name)
    assert folder.is_dir()


@pytest.mark.skipif(getattr(os, "getuid", lambda: -1)() != 0, reason="giving a folder to another user needs root")
def test_a_folder_of_another_users_is_refused(tmp_path, monkeypatch):
    from pipeline.machinery import runtime

    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    planted = tmp_path / "finsam"
    planted.mkdir(mode=0o777)
    os.chown(planted, 65534, 65534)  # nobody's
    with pytest.raises(runtime.Refused, match="tillhör en annan användare \\(uid 65534\\)"):
        runtime.folder()
    done = _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), FINSAM_SERVER="1",
                              FINSAM_RUNTIME=str(tmp_path))
    assert done.returncode == 0 and "tillhör en annan användare" in done.stderr
    assert not list(planted.iterdir())


def test_a_folder_where_the_socket_goes_is_replaced(tmp_path, monkeypatch):
    from pipeline.machinery import runtime

    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    (runtime.server_socket() / "inside").mkdir(parents=True)
    on = {"FINSAM_SERVER": "1", "FINSAM_RUNTIME": str(tmp_path)}
    try:
        _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), **on)
        assert _wait(lambda: server.socket_path().is_socket())
        assert server.run_remotely(["year", "arsredovisning", "--input", str(JAMTLAND)]) == 0
    finally:
        server.stop()


def test_stop_stops_the_warm_process(warm):
    pid = _server_pid()
    done = _python_m_pipeline("stop", **warm)
    assert done.returncode == 0 and done.stdout.strip() == "Den varma processen och LibreOffice för byggen är stoppade."
    assert _wait(lambda: not os.path.exists(f"/proc/{pid}"), 5)
    assert not server.socket_path().exists()


# --- a working folder that is gone ---------------------------------------------------------------------------

@pytest.mark.parametrize("warm_process", [False, True])
def test_a_deleted_working_folder_is_said_with_its_path(tmp_path, monkeypatch, warm_process):
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path))
    gone = tmp_path / "borta"
    gone.mkdir()
    env = {**os.environ, "FINSAM_SERVER": "1" if warm_process else "0", "PWD": str(gone)}
    script = f"import os, sys; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); " \
             "os.execv(sys.executable, [sys.executable, '-m', 'pipeline', 'check'])"
    try:
        if warm_process:
            _python_m_pipeline("year", "arsredovisning", "--input", str(JAMTLAND), FINSAM_SERVER="1")
            assert _wait(lambda: server.socket_path().exists())
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    finally:
        server.stop()
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"Fel: arbetsmappen {gone} finns inte längre. Byt till en befintlig mapp (cd) och kör igen."


def test_libreoffice_killed_through_the_warm_process_is_exit_1(warm, tmp_path, broken_libreoffice):
    """As without the warm process (tests/test_corpus.py): the client's TMPDIR and PATH, its LibreOffice tried
    twice, exit 1 naming what failed, nothing of LibreOffice's left behind."""
    done = _python_m_pipeline("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "ut"),
                              "--pdf", FAKE_MODE="killed", **warm)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"Fel: LibreOffice ({broken_libreoffice}) kunde inte göra om arsredovisning-2021.docx till PDF, två gånger: "
        "den stoppades av signal 9.")
    assert len((tmp_path / "log").read_text().split()) == 2 and not list((tmp_path / "tmp").iterdir())


@pytest.mark.skipif(lo.soffice() is None, reason="needs LibreOffice")
def test_a_real_libreoffice_killed_while_converting_is_replaced_and_leaves_nothing(tmp_path,
                                                                                   new_libreoffice_each_time):
    """The LibreOffice a build started is killed (as by the system, out of memory) while it converts: a new one
    converts the document, and the killed one's temporary files (lu*.tmp) are gone with the build's."""
    import signal
    import threading

    from docx import Document

    source = tmp_path / "a.docx"
    document = Document()
    document.add_heading("Rubrik", 1)
    document.save(source)
    killed = []

    def kill_the_first() -> None:
        def found() -> list[str]:
            return subprocess.run(["pgrep", "-f", f"soffice.bin.*{tmp_path}"], capture_output=True,
                                  text=True).stdout.split()
        if _wait(found, 60):
            time.sleep(0.5)
            for pid in found():
                os.kill(int(pid), signal.SIGKILL)
                killed.append(pid)

    killer = threading.Thread(target=kill_the_first)
    killer.start()
    try:
        pdf = lo.pdf_of(source)
        assert lo.page_count(pdf) == 1
    except lo.LayoutError as exc:  # killed twice on a slow machine: said so
        assert "stoppades av signal 9" in str(exc)
    killer.join()
    assert killed
    assert not list(new_libreoffice_each_time.iterdir())
