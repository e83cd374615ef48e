"""One way to make a document, for every command: resolve → check → compute → present → render."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline import fmt
from pipeline.commands import versions
from pipeline.checks import run
from pipeline.documents import Document, Request
from pipeline.domain import Inputs, Scope
from pipeline.problems import InputError, Level, Problem, Problems, Where, error
from pipeline.machinery.timing import stage


OWN_TEMPLATES = "mallar"  # INPUT/mallar/<document>.docx: the förbund's own template


@dataclass(frozen=True)
class Built:
    document: Path
    pdf: Path | None
    scope: Scope | None = None
    draft: tuple[str, ...] = ()  # what the document lacks that the law or RKR asks for: it is marked UTKAST


def template_for(doc: Document, input_dir: Path) -> Path:
    """The förbund's own template when its input folder has one, else the default."""
    own = input_dir / OWN_TEMPLATES / f"{doc.key}.docx"
    return own if own.is_file() else doc.template


def template_name(doc: Document, input_dir: Path) -> str:
    """How messages name the template a document uses."""
    template = template_for(doc, input_dir)
    return f"{OWN_TEMPLATES}/{template.name}" if template != doc.template else _standard_name(doc)


def _standard_name(doc: Document) -> str:
    return f"{doc.template.parent.name}/{doc.template.name}"


def template_problems(doc: Document, input_dir: Path) -> list[Problem]:
    """The template check (pipeline.render.templatecheck), kept per template content and program."""
    return _checked_template(doc, template_for(doc, input_dir), template_name(doc, input_dir))


def prepare_templates() -> None:
    """Every standard template checked, cleaned up and compiled, as a build with an empty cache would
    (the warm process does this once and holds the results: pipeline/machinery/files.holding)."""
    from pipeline.documents import registry
    from pipeline.render.docx import prepare

    for doc in registry().values():
        if doc.template.is_file():  # else the build that needs it says so
            _checked_template(doc, doc.template, _standard_name(doc))
            prepare(doc.template)


def _checked_template(doc: Document, template: Path, name: str) -> list[Problem]:
    import hashlib

    from pipeline.machinery.files import cached
    from pipeline.render.templatecheck import check_template
    from pipeline.machinery.uptodate import code_digest

    try:
        content = template.read_bytes()
    except OSError as exc:
        return [error(Where(name), f"mallen kan inte läsas ({exc.strerror}).")]
    key = hashlib.sha256(content + name.encode() + doc.key.encode() + code_digest().encode()).hexdigest()

    def run() -> bytes:
        found = check_template(template, name, doc.context_type, doc.required, doc.signature)
        if any(p.level is Level.ERROR for p in found):
            found = _another_documents(template, name, doc) or found
        return json.dumps([[p.level.name, p.message, p.lacks] for p in found]).encode("utf-8")

    def loaded(data: bytes) -> list[Problem]:
        return [Problem(Level[level], (Where(name),), message, lacks) for level, message, lacks in json.loads(data)]

    return cached("templatecheck", f"{key}.json", run, loaded)


class Checked(NamedTuple):
    doc: Document
    scope: Scope
    lacking: tuple[str, ...]  # what the document will lack that the law or RKR asks for: it is an UTKAST


def _another_documents(template: Path, name: str, doc: Document) -> list[Problem]:
    """A template that fails for `doc` but fits another document type is that one's, said in one message."""
    from pipeline.documents import registry
    from pipeline.render.templatecheck import check_template

    for other in registry().values():
        if other.key == doc.key or other.context_type is None:
            continue
        if not any(p.level is Level.ERROR for p in check_template(template, name, other.context_type, {})):
            return [error(Where(name), f"mallen är gjord för ett annat dokument, {other.title.lower()}, inte för "
                                       f"{doc.title.lower()}. Flytta den till {OWN_TEMPLATES}/{other.key}.docx; "
                                       f"{doc.title.lower()} använder då standardmallen.")]
    return []


def own_template_names(input_dir: Path) -> list[Problem]:
    """Every file in INPUT/mallar/ is a template named as its document (arsredovisning.docx): one named
    otherwise would silently not be used."""
    from pipeline.documents import registry

    folder = input_dir / OWN_TEMPLATES
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
    except OSError:
        return []
    documents = registry()
    known = {_plain(doc.key): doc.key for doc in documents.values()}
    known.update({_plain(t): doc.key for doc in documents.values() for t in (doc.title, doc.full_title) if t})
    found = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if name.startswith(("~$", ".")) or name.lower() in ("thumbs.db", "desktop.ini") or \
                (suffix == "docx" and stem in documents):
            continue  # Word's lock file, the system's files, or a template named right
        key = known.get(_plain(stem if dot else name))
        where = Where(f"{OWN_TEMPLATES}/{name}")
        if key is None:
            found.append(error(where, "filen är ingen mall för något dokument och används inte. En mall heter som "
                                      "dokumentet: " + ", ".join(f"{k}.docx" for k in sorted(documents)) + "."))
        elif suffix.lower() == "docx":
            found.append(error(where, f"mallen används bara om den heter {key}.docx (små bokstäver, utan å, ä och "
                                      f"ö). Byt namn på filen till {key}.docx."))
        else:
            found.append(error(where, f"mallen är sparad som .{suffix.lower()}, inte som Word-dokument (.docx), och "
                                      f"används inte. Öppna den i Word och spara den som Word-dokument med namnet "
                                      f"{key}.docx."))
    return found


def _plain(name: str) -> str:
    """A name as a document key: lower case, å ä ö as a a o, no spaces or dashes (Årsredovisning -> arsredovisning)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isascii() and c.isalnum())


def checked(doc: Document, inputs: Inputs, request: Request, problems: Problems) -> Scope:
    """The document's scope, after running its checks; raises InputError when any check found an error."""
    return checked_all([(doc, request)], inputs, problems)[0].scope


def checked_all(wanted: list[tuple[Document, Request]], inputs: Inputs, problems: Problems) -> list[Checked]:
    """Each document's scope after running its checks, all of them before raising InputError on any error."""
    scopes = []
    problems.add(own_template_names(Path(inputs.source)))
    for doc, request in wanted:
        try:
            scope = doc.resolve(inputs, request, problems)
        except InputError:
            continue
        found = Problems()
        with stage("check"):
            found.add(template_problems(doc, Path(inputs.source)))
            run(doc.checks, inputs, scope, found)
        problems.add(found.items)
        scopes.append(Checked(doc, scope, tuple(dict.fromkeys(p.lacks for p in found.items if p.lacks))))
    if problems.has_errors:
        raise InputError(problems)
    return scopes


# The last inputs traced, with their books' identities: the documents of one förbund (make all, build-all) share
# them, and with them the amounts computed from the books (Accounting.memo).
_traced: list[tuple[Inputs, Inputs, list]] = []


def _traced_inputs(inputs: Inputs) -> tuple[Inputs, list]:
    from pipeline.compute.traced import book_identities, traced

    if not (_traced and _traced[0][0] is inputs):
        found = traced(inputs)
        _traced[:] = [(inputs, found, book_identities(found, sorted(found.accounting.balances)))]
    return _traced[0][1], _traced[0][2]


def context(doc: Document, inputs: Inputs, scope: Scope) -> dict:
    """The document's context, its amounts printed so that every table foots (pipeline.present.rounding)."""
    return printed(doc, inputs, scope).context


@dataclass(frozen=True)
class Printed:
    context: object
    inputs: Inputs  # traced: every amount an atom
    identities: list  # pipeline.compute.traced.Identity: the rules of the books that hold on paper
    printing: object  # how the amounts were printed (pipeline.present.rounding.Rounding)


def printed(doc: Document, inputs: Inputs, scope: Scope, final=None) -> Printed:
    """The document's context computed from traced inputs, built once to record the figures it prints,
    then again to print them as `final` (a Rounding, or a Tracing that also marks them) prints them."""
    from pipeline.load import collector_paused
    from pipeline.present.rounding import Recording, Rounding

    with stage("compute"), collector_paused():
        inputs, identities = _traced_inputs(inputs)
        figures = doc.compute(inputs, scope)
    with stage("present"), collector_paused():  # the context lives on, to the rendering
        recording = Recording()
        with fmt.printing(recording):
            doc.context(inputs, scope, figures)
        how = (final or Rounding)(recording, [i.amount for i in identities])
        with fmt.printing(how):
            return Printed(doc.context(inputs, scope, figures), inputs, identities, how)


def build(doc: Document, inputs: Inputs, request: Request, problems: Problems, output: Path,
          layout: bool = True, pdf: bool = False) -> Built:
    """Check, compute and write one document into `output`; warnings are added to `problems`."""
    _, scope, lacking = checked_all([(doc, request)], inputs, problems)[0]
    return write(doc, inputs, scope, problems, output, layout, pdf, lacking)


def properties(doc: Document, inputs: Inputs, scope: Scope):
    """The document's title, author and date, as Word's properties and the PDF's metadata show them."""
    from pipeline.render.docx import Properties

    name = doc.full_title or doc.title
    title = doc.kind.named(name, scope)
    forbund = inputs.forbund.name + (f" ({inputs.forbund.orgnr})" if inputs.forbund.orgnr else "")
    return Properties(title=title, author=inputs.forbund.name, subject=f"{title}, {forbund}",
                      keywords=f"samordningsförbund, finsam, {name.lower()}, {scope.year}", category=str(doc.title),
                      day=scope.day)


def write(doc: Document, inputs: Inputs, scope: Scope, problems: Problems, output: Path,
          layout: bool = True, pdf: bool = False, lacking: tuple[str, ...] = ()) -> Built:
    """Compute and write a document whose checks have passed; marked UTKAST when it is `lacking` anything."""
    from pipeline.phrases import phrase
    from pipeline.render.docx import render

    target = output / doc.filename(scope)
    pdf_target = target.with_suffix(".pdf") if pdf else None
    from jinja2 import TemplateError

    template = template_for(doc, Path(inputs.source))
    previous = versions.before(target)
    try:
        messages = render(template, context(doc, inputs, scope), target, layout=layout, pdf=pdf_target,
                          properties=properties(doc, inputs, scope), draft=phrase("utkast") if lacking else "")
    except TemplateError as exc:  # what the template check could not foresee, said as plainly
        problems.error(Where(template_name(doc, Path(inputs.source))), f"mallen kan inte fyllas i: {exc}.")
        raise InputError(problems) from exc
    versions.keep(target, previous)
    for message in messages:
        problems.warning(None, message)
    return Built(target, pdf_target, scope, lacking)


def make(doc: Document, input_dir: Path, request: Request, problems: Problems, output: Path, layout: bool = True,
         pdf: bool = False) -> tuple[Built, bool]:
    """Build unless the output folder holds this document made from the same content.

    Returns what was built (or is current) and whether it was current already.
    """
    from pipeline.load import load
    from pipeline.render.layout import soffice
    from pipeline.machinery.uptodate import current, fingerprint, record

    layout = layout and soffice() is not None
    print_ = fingerprint(input_dir, template_for(doc, input_dir), {"layout": layout, "pdf": pdf})
    found = current(output, _key(doc, input_dir, request), print_)
    if found:
        files, draft = found
        return Built(files[0], files[1] if pdf else None, draft=tuple(draft)), True
    built = build(doc, load(input_dir, problems), request, problems, output, layout, pdf)
    # Under what was asked, and under the request that names the same document explicitly
    # (the default year, say), so that asking either way next time finds it current.
    keys = [_key(doc, input_dir, r) for r in (request, doc.kind.explicit(built.scope))]
    record(output, keys, print_, [built.document] + ([built.pdf] if built.pdf else []), built.draft)
    return built, False


def _key(doc: Document, input_dir: Path, request: Request) -> str:
    return f"{doc.key}|{input_dir.resolve()}|{request.year}|{request.period}|{request.meeting}"


def make_all(input_dir: Path, problems: Problems, output: Path, layout: bool = True, pdf: bool = False,
             jobs: int = 1) -> list[tuple[Built, bool]]:
    """Every document the inputs list, each built unless current; nothing is written when any has an error."""
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.documents import listed
    from pipeline.load import load

    inputs = load(input_dir, problems)
    wanted = listed(inputs)
    checked_all(wanted, inputs, problems)
    if jobs == 1 or len(wanted) < 2:
        return [make(doc, input_dir, request, problems, output, layout, pdf) for doc, request in wanted]
    with ProcessPoolExecutor(max_workers=min(jobs, len(wanted))) as pool:
        done = list(pool.map(_make_one, [doc.key for doc, _ in wanted], [request for _, request in wanted],
                             *([value] * len(wanted) for value in (input_dir, output, layout, pdf))))
    for _, _, warnings in done:
        problems.add(warnings)
    return [(built, was_current) for built, was_current, _ in done]


def _make_one(key: str, request: Request, input_dir: Path, output: Path, layout: bool, pdf: bool):
    from pipeline.documents import registry

    problems = Problems()
    built, was_current = make(registry()[key], input_dir, request, problems, output, layout, pdf)
    return built, was_current, problems.warnings
