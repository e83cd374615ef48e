"""The long-running helpers: the warm process that runs commands and the LibreOffice that lays documents
out start when first needed, serve what follows, stop by themselves, and are never left behind."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from conftest import JAMTLAND, ROOT, office_processes
from pipeline import server
from pipeline.render import layout as lo

needs_uno = pytest.mark.skipif(lo.soffice() is None or not lo._has_uno(),
                               reason="needs LibreOffice with python3-uno (make libreoffice installs both)")


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
