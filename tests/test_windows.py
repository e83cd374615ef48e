"""Where the ekonom works: Windows (files locked by Word and Excel, consoles in cp1252/cp850, paths with
drive letters and å/ä/ö, LibreOffice in Program Files) and an installed finsam (pip install ., a wheel).

The Windows tests run under the official Windows CPython in Wine (.ci/run, .ci/windows-rig.sh); the last
test compares the documents built there with the ones built here."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import JAMTLAND, ROOT, SJOBYGDEN, run_cli

windows = pytest.mark.skipif(os.name != "nt", reason="Windows only")


def _open_as_word_does(path: Path, share: int = 0x00000001):
    """A handle on `path` that lets no other program write or delete it (Word and Excel open files so);
    with share=0 not even read it."""
    import ctypes
    from ctypes import wintypes

    create = ctypes.windll.kernel32.CreateFileW
    create.restype = wintypes.HANDLE
    handle = create(str(path), 0x80000000 | 0x40000000, share, None, 3, 0x80, None)  # read and write
    assert handle != wintypes.HANDLE(-1).value, ctypes.WinError()
    return handle


def _close(handle) -> None:
    import ctypes

    ctypes.windll.kernel32.CloseHandle(handle)


@windows
def test_a_document_open_in_word_is_named_and_left_as_it_was(tmp_path):
    output = tmp_path / "Årsredovisning på OneDrive"
    assert run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(output)).exit_code == 0
    document = output / "arsredovisning-2021.docx"
    before = document.read_bytes()
    handle = _open_as_word_does(document)
    try:
        result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(output), "--year", "2021")
    finally:
        _close(handle)
    assert result.exit_code == 1, result.output
    assert f"Fel: \"{document}\" är öppen i Word och kan inte skrivas eller läsas nu. Stäng den i Word och kör igen." \
        in result.output
    assert "behörighet saknas" not in result.output.split("Stäng den i Word")[0]
    assert "Traceback" not in result.output
    assert document.read_bytes() == before
    assert [p.name for p in output.iterdir()] == ["arsredovisning-2021.docx"]  # no temporary file left


@windows
def test_a_workbook_no_one_else_may_read_is_named_by_check(input_copy):
    folder = input_copy()
    workbook = folder / "budget.xlsx"
    handle = _open_as_word_does(workbook, share=0)
    try:
        result = run_cli("check", "--input", str(folder))
    finally:
        _close(handle)
    assert result.exit_code == 1, result.output
    assert f'Fel: budget.xlsx: arbetsboken kan inte läsas: "{workbook}" är öppen i Excel och kan inte skrivas eller ' \
        "läsas nu. Stäng den i Excel och kör igen." in result.output


@windows
def test_paths_with_a_drive_letter_backslashes_and_a_share(tmp_path):
    """An output folder as Windows writes it (C:\\…\\Förbund – styrelse), and in the UNC form of a path."""
    output = tmp_path / "Förbund – styrelse"
    drive = str(output)
    assert drive[1] == ":" and "\\" in drive
    assert run_cli("check", "--input", str(JAMTLAND)).exit_code == 0
    assert run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", drive).exit_code == 0
    (output / "arsredovisning-2021.docx").unlink()
    unc = f"\\\\?\\{drive}"  # the same folder as a UNC path (\\?\C:\…; Wine has no \\server\share to test)
    again = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", unc)
    assert again.exit_code == 0, again.output
    assert (output / "arsredovisning-2021.docx").is_file()


@windows
def test_libreoffice_is_found_in_the_registry_and_through_LIBREOFFICE(tmp_path, monkeypatch):
    import winreg

    from pipeline.render import layout

    program = tmp_path / "LibreOffice" / "program"
    program.mkdir(parents=True)
    (program / "soffice.exe").write_bytes(b"")
    (program / "python.exe").write_bytes(b"")
    monkeypatch.delenv("LIBREOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "nowhere"))
    monkeypatch.delenv("ProgramW6432", raising=False)
    monkeypatch.delenv("ProgramFiles(x86)", raising=False)
    key = r"SOFTWARE\LibreOffice\UNO\InstallPath"
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as opened:
        winreg.SetValueEx(opened, "", 0, winreg.REG_SZ, str(program))
    try:
        assert layout.soffice() == str(program / "soffice.exe")
        assert layout.uno_python() == str(program / "python.exe")
    finally:
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
    assert layout.soffice() is None  # not in the registry, not in Program Files
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    assert layout.soffice() == str(program / "soffice.exe")
    monkeypatch.setenv("LIBREOFFICE", str(tmp_path / "LibreOffice"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "nowhere"))
    assert layout.soffice() == str(program / "soffice.exe")


def test_without_libreoffice_the_document_is_built_for_word_to_number(tmp_path, monkeypatch):
    """No LibreOffice: the document is built all the same, its TOC fields for Word to fill in on opening."""
    monkeypatch.setenv("LIBREOFFICE", str(tmp_path / "finns-inte"))
    monkeypatch.setenv("FINSAM_LAYOUT", "1")
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "arsredovisning-2021.docx") as built:
        assert b"updateFields" in built.read("word/settings.xml")


def test_a_lock_held_here_is_seen_by_another_process(tmp_path):
    """pipeline/machinery/portable.py's lock (msvcrt on Windows, flock elsewhere): taken by one process, refused to
    another without waiting, and free again once closed."""
    from pipeline.machinery import portable

    path = tmp_path / "slot.busy"
    probe = [sys.executable, "-c", "import sys; from pipeline.machinery import portable; "
             "print(portable.lock(open(sys.argv[1], 'a'), wait=False))", str(path)]
    with open(path, "w") as held:
        assert portable.lock(held, wait=False)
        refused = subprocess.run(probe, capture_output=True, text=True, cwd=ROOT)
        assert refused.stdout.strip() == "False", refused.stderr
    free = subprocess.run(probe, capture_output=True, text=True, cwd=ROOT)
    assert free.stdout.strip() == "True", free.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "cp850"])
def test_a_console_code_page_shows_swedish_letters_and_plain_signs(encoding):
    """A Windows console or pipe in cp1252 or cp850: å, ä, ö as they are, a minus sign or word joiner that
    the code page lacks as a plain -, not a UnicodeEncodeError."""
    environment = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    printed = subprocess.run([sys.executable, "-c", "from pipeline.machinery import portable; portable.console(); "
                              "print('Årets överskott \\u2212120\\u2060 kr – enligt §\\u00a03')"],
                             capture_output=True, env=environment, cwd=ROOT)
    assert printed.returncode == 0, printed.stderr
    dash = "\u2013" if encoding == "cp1252" else "-"  # cp1252 has the en dash, cp850 not
    assert printed.stdout.decode(encoding).strip() == f"Årets överskott -120 kr {dash} enligt §\u00a03"
    check = subprocess.run([sys.executable, "-m", "pipeline", "check", "--input", str(SJOBYGDEN)],
                           capture_output=True, env=environment, cwd=ROOT)
    assert check.returncode == 0, check.stderr.decode(encoding, "replace")
    assert b"Traceback" not in check.stderr
    assert check.stdout.decode(encoding).startswith("Inga fel i ")


@pytest.mark.skipif(os.name == "nt", reason="the Windows suite itself runs on the package pip installed from a copy "
                                            "of the folder (.ci/windows-rig.sh)")
def test_an_installed_wheel_builds_without_the_project_folder(tmp_path):
    """`pip install .` (not -e) and a built wheel carry the templates and data: finsam builds from a folder
    that is not the project's, with the package installed elsewhere."""
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(wheels.glob("finsam_pipeline-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    for template in (ROOT / "templates_docx").glob("*.docx"):
        assert f"pipeline/templates_docx/{template.name}" in names
    assert {f"pipeline/data/{p.name}" for p in (ROOT / "pipeline" / "data").glob("*.csv")} <= set(names)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    work = tmp_path / "arbete"
    work.mkdir()
    environment = {**os.environ, "PYTHONPATH": str(site), "FINSAM_SERVER": "0"}
    where = subprocess.run([sys.executable, "-c", "import pipeline; print(pipeline.__file__)"], capture_output=True,
                           text=True, env=environment, cwd=work)
    assert Path(where.stdout.strip()).is_relative_to(site)
    built = subprocess.run([sys.executable, "-m", "pipeline", "arsredovisning", "--input", str(JAMTLAND), "--output",
                            "ut"], capture_output=True, text=True, env=environment, cwd=work)
    assert built.returncode == 0, built.stderr
    assert (work / "ut" / "arsredovisning-2021.docx").is_file()
    blank = subprocess.run([sys.executable, "-m", "pipeline", "init", "ny"], capture_output=True, text=True,
                           env=environment, cwd=work)
    assert blank.returncode == 0 and (work / "ny" / "forbundet.xlsx").is_file()


WINE = os.environ.get("FINSAM_WINE_PYTHON")  # the rig's python.exe (.ci/run sets it; see .ci/windows-rig.sh)
DOCUMENTS = [("arsredovisning", JAMTLAND, "2021"), ("delarsrapport", ROOT / "examples" / "harnosand-timra", "2021"),
             ("verksamhetsplan", SJOBYGDEN, None), ("dagordning", ROOT / "examples" / "harnosand-timra", None),
             ("protokoll", ROOT / "examples" / "harnosand-timra", None)]


@pytest.mark.skipif(os.name == "nt" or not WINE, reason="needs the Windows rig (FINSAM_WINE_PYTHON), as in .ci/run")
@pytest.mark.parametrize("key, folder, year", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_windows_builds_the_same_document(tmp_path, key, folder, year):
    """Built by the official Windows CPython (in Wine) and here: the same parts, XML and pictures alike, the
    same zip headers, the same bytes."""
    asked = ["--year", year] if year else []
    here = run_cli("build", key, "--input", str(folder), "--output", str(tmp_path / "linux"), *asked)
    assert here.exit_code == 0, here.output
    (built,) = (tmp_path / "linux").glob(f"{key}-*.docx")
    environment = {**os.environ, "FINSAM_CACHE": str(tmp_path / "wine-cache"), "WINEDEBUG": "-all"}
    environment.pop("FINSAM_SERVER")  # the warm process at its default setting, as the ekonom runs finsam
    there = subprocess.run(f"wine {WINE} -m pipeline build {key} --input {folder} --output {tmp_path / 'windows'} "
                           f"{' '.join(asked)} 2>&1 | cat", shell=True, capture_output=True, env=environment, cwd=ROOT)
    assert (tmp_path / "windows" / built.name).is_file(), there.stdout.decode("cp1252", "replace")
    with zipfile.ZipFile(built) as linux, zipfile.ZipFile(tmp_path / "windows" / built.name) as windows_:
        assert linux.namelist() == windows_.namelist()
        assert any(name.startswith("word/media/") for name in linux.namelist()) or key != "arsredovisning"
        for name in linux.namelist():
            assert linux.read(name) == windows_.read(name), name
        headers = [(i.create_system, i.create_version, i.extract_version, i.flag_bits, i.external_attr, i.date_time)
                   for i in linux.infolist()]
        assert headers == [(i.create_system, i.create_version, i.extract_version, i.flag_bits, i.external_attr,
                            i.date_time) for i in windows_.infolist()]
    assert built.read_bytes() == (tmp_path / "windows" / built.name).read_bytes()


def test_the_readmes_windows_commands_are_finsams():
    """Every `finsam …` the README's "På Windows" shows is a command of finsam's, with options it has."""
    import re

    import click

    from pipeline.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## På Windows")
    section = text[start:text.index("\n## ", start + 1)]
    lines = re.findall(r"`(finsam [^`]*)`", section) + re.findall(r"^\s*(finsam .*)$", section, re.MULTILINE)
    assert len(lines) >= 15
    context = click.Context(main)
    for line in lines:
        _, name, *rest = re.findall(r'"[^"]*"|\S+', line)
        if name == "--help":
            continue
        command = main.get_command(context, name)
        assert command is not None, line
        options = {"--help", *(o for p in command.params for o in getattr(p, "opts", []))}
        assert {a for a in rest if a.startswith("--")} <= options, line
