"""Whether a document is up to date, decided by content: never by file times.

A build records, in the output folder, a fingerprint of everything the document was made
from (every workbook of the input folder, the template, the program, the options) and a
hash of the file it wrote. The next build with the same fingerprint, whose document is
still the file it wrote, has nothing to do. A restored backup, a deleted meeting workbook,
a copy made with `cp -p` or an edited template all change the fingerprint; a failed build
records nothing.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from pipeline.machinery.files import content_digest, write_atomically

LEDGER = ".finsam"  # a folder in the output folder: one small file per document and request
PACKAGE = Path(__file__).resolve().parent.parent
INPUT_SUFFIXES = (".xlsx", ".docx", ".se", ".si", ".sie")  # workbooks, Word texts and templates, SIE exports


def _digest_files(paths, digest, root: Path) -> None:
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(content_digest(path))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the program's code and data: what a build or a cached check depends on besides its inputs."""
    digest = hashlib.sha256()
    _digest_files([p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".csv")], digest, PACKAGE)
    return digest.hexdigest()


def fingerprint(input_dir: Path, template: Path, options: dict) -> str:
    """Everything a build reads: the input folder's workbooks (meetings included) and accounting exports,
    the template, the program's code and data, and the options asked for."""
    digest = hashlib.sha256()
    folder = input_dir.resolve()
    _digest_files([p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                   and not p.name.startswith(("~$", "."))], digest, folder)
    _digest_files([template.resolve()], digest, template.resolve().parent)
    digest.update(code_digest().encode())
    digest.update(json.dumps(options, sort_keys=True, default=str).encode("utf-8"))
    return digest.hexdigest()


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _entry(output_dir: Path, key: str) -> Path:
    """One file per key, so that builds running side by side never write the same file."""
    return output_dir / LEDGER / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.json"


def current(output_dir: Path, key: str, print_: str) -> tuple[list[Path], list[str]] | None:
    """The files a build with this key and fingerprint wrote, when they are all still as written, and what it
    said of them (why the document is an UTKAST)."""
    try:
        entry = json.loads(_entry(output_dir, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if entry.get("fingerprint") != print_:
        return None
    files = [output_dir / name for name in entry.get("files", {})]
    if all(_file_hash(path) == entry["files"][path.name] for path in files):
        return files, entry.get("draft", [])
    return None


def record(output_dir: Path, keys: list[str], print_: str, files: list[Path], draft: list[str] = ()) -> None:
    """Remember what a successful build wrote, under each key that asks for it (a ledger that
    cannot be written only costs a rebuild)."""
    hashes = {p.name: _file_hash(p) for p in files}
    for key in dict.fromkeys(keys):
        entry = {"key": key, "fingerprint": print_, "files": hashes, "draft": list(draft)}
        try:
            write_atomically(_entry(output_dir, key), json.dumps(entry, indent=1, sort_keys=True).encode("utf-8"))
        except OSError:
            pass
