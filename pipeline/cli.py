"""Command line: build documents, check inputs, write blank workbooks.

Exit status: 0 success (warnings on stderr), 1 invalid input (every problem on
stderr, in Swedish), 2 wrong usage, 3 an internal error (a bug).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pipeline.documents import DOCUMENTS, listed_documents
from pipeline.problems import InputError, Problems
from pipeline.timing import stage

EXIT_INVALID = 1
EXIT_INTERNAL = 3


def _internal_error(exc: Exception) -> None:
    """A bug, not bad input: say so in Swedish; the traceback only with FINSAM_DEBUG=1."""
    import traceback

    if os.environ.get("FINSAM_DEBUG"):
        traceback.print_exc()
    click.echo(f"Internt fel ({type(exc).__name__}: {exc}). Det här är ett fel i programmet, inte i "
               "arbetsböckerna; inget dokument skrevs. Rapportera felet tillsammans med arbetsböckerna "
               "(kör med FINSAM_DEBUG=1 för detaljer).", err=True)
    sys.exit(EXIT_INTERNAL)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence, see _internal_error
            _internal_error(exc)


def _folder(must_exist: bool = True) -> click.Path:
    return click.Path(file_okay=False, exists=must_exist, path_type=Path)


def _fail(problems: Problems) -> None:
    click.echo(problems.report(), err=True)
    count = len(problems.errors)
    click.echo(f"\n{count} fel hittades. Inget dokument skrevs.", err=True)
    sys.exit(EXIT_INVALID)


def _warn(problems: Problems) -> None:
    if problems.warnings:
        click.echo(problems.report(), err=True)


def _read(input_dir: Path, problems: Problems):
    from pipeline.read.inputs import read_inputs

    with stage("read"):
        return read_inputs(input_dir, problems)


def _year(doc, inputs, year, problems: Problems):
    """The year (or, for kallelse and protokoll, the meeting date) the document is for."""
    if year is not None:
        return year
    found = doc.default_year(inputs)
    if found is None:
        if doc.per_meeting:
            problems.error(None, "det finns inga sammanträden i mappen sammantraden; skapa ett med "
                                 "\"python -m pipeline init-mote DATUM\".")
        else:
            problems.error(None, "det går inte att avgöra vilket år dokumentet avser: inga saldon finns i "
                                 "redovisning.xlsx och dokumentet finns inte på bladet Dokument i verksamhet.xlsx. "
                                 "Ange året med --year.")
        raise InputError(problems)
    return found


@click.group(cls=_Group, help="Årsredovisning, delårsrapport och verksamhetsplan för samordningsförbund.")
def main() -> None:
    pass


@main.command(help="Bygg ett dokument från arbetsböckerna i en indatamapp.")
@click.argument("document", type=click.Choice(sorted(DOCUMENTS)))
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True,
              help="Mappen med arbetsböckerna.")
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True,
              help="Mappen där dokumentet skrivs.")
@click.option("--period", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Delårsrapportens bokslutsdag, t.ex. 2021-06-30 (standard: årets senaste).")
@click.option("--year", type=click.IntRange(1900, 2200),
              help="Året dokumentet avser (standard: senaste året på bladet Dokument, annars senaste bokslutsår "
                   "för årsredovisningen och året efter för verksamhetsplanen).")
@click.option("--mote", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Sammanträdets datum för dagordning och protokoll (standard: det senaste).")
@click.option("--id", "ident", help="Året, eller för dagordning och protokoll sammanträdets datum (för Makefile).")
@click.option("--pdf", is_flag=True, help="Skriv också en PDF bredvid dokumentet (kräver LibreOffice).")
@click.option("--no-layout", is_flag=True,
              help="Hoppa över LibreOffice-steget (sidnummer i innehållsförteckningen); snabbare under arbetet.")
def build(document: str, input_dir: Path, output_dir: Path, period, year: int | None, mote, ident: str | None,
          pdf: bool, no_layout: bool) -> None:
    from pipeline.render.docx import render
    from pipeline.render.layout import LayoutError

    doc = DOCUMENTS[document]
    if ident is not None:
        try:
            if doc.per_meeting:
                mote = click.DateTime(formats=["%Y-%m-%d"]).convert(ident, None, None)
            else:
                year = click.IntRange(1900, 2200).convert(ident, None, None)
        except click.BadParameter as exc:
            raise click.UsageError(f"--id {ident}: {exc.message}") from exc
    if mote is not None and not doc.per_meeting:
        raise click.UsageError("--mote gäller bara dagordning och protokoll.")
    if year is not None and doc.per_meeting:
        raise click.UsageError("dagordning och protokoll väljs med --mote, inte --year.")
    if period is not None and not doc.takes_period:
        raise click.UsageError("--period gäller bara delårsrapporten.")
    if period is not None and year is not None and period.year != year:
        raise click.UsageError(f"--period {period.date().isoformat()} ligger inte i --year {year}.")
    problems = Problems()
    try:
        inputs = _read(input_dir, problems)
        if mote is not None:
            year = mote.date()
        year = period.year if period is not None else _year(doc, inputs, year, problems)
        extra = {"period": period.date()} if period is not None else {}
        context = doc.context(inputs, year, problems, **extra)
    except InputError:
        _fail(problems)
    target = output_dir / doc.filename(year)
    layout = not no_layout and os.environ.get("FINSAM_LAYOUT", "1") != "0"
    try:
        messages = render(doc.template, context, target, layout=layout, pdf=target.with_suffix(".pdf") if pdf else None)
    except LayoutError as exc:
        click.echo(f"Fel: {exc}", err=True)
        sys.exit(EXIT_INTERNAL)
    for message in messages:
        problems.warning(None, message)
    _warn(problems)
    click.echo(str(target))
    if pdf:
        click.echo(str(target.with_suffix(".pdf")))


@main.command(name="build-all", help="Bygg dokumenten för alla förbund i undermapparna till en mapp, parallellt.")
@click.option("--input-root", type=_folder(), required=True, help="Mappen med en undermapp per förbund.")
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True,
              help="Dokumenten skrivs till en undermapp per förbund.")
@click.option("--jobs", type=click.IntRange(1, 256), help="Antal processer (standard: antal kärnor).")
@click.option("--no-layout", is_flag=True, help="Hoppa över LibreOffice-steget.")
def build_all(input_root: Path, output_dir: Path, jobs: int | None, no_layout: bool) -> None:
    from pipeline.batch import build_all as run, forbund_folders

    if not forbund_folders(input_root):
        raise click.UsageError(f"{input_root} har inga undermappar med forbundet.xlsx.")
    layout = not no_layout and os.environ.get("FINSAM_LAYOUT", "1") != "0"
    outcomes = run(input_root, output_dir, jobs, layout)
    for outcome in outcomes:
        for path in outcome.written:
            click.echo(path)
        if outcome.report:
            click.echo(f"{outcome.folder}:\n{outcome.report}", err=True)
    failed = [o.folder for o in outcomes if o.failed]
    documents = sum(len(o.written) for o in outcomes)
    click.echo(f"{documents} dokument för {len(outcomes) - len(failed)} av {len(outcomes)} förbund.", err=True)
    if failed:
        click.echo(f"Fel i: {', '.join(failed)}. Deras dokument skrevs inte.", err=True)
        sys.exit(EXIT_INVALID)


@main.command(help="Kontrollera arbetsböckerna, och dokumenten på bladet Dokument, utan att skriva något.")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def check(input_dir: Path) -> None:
    problems = Problems()
    try:
        inputs = _read(input_dir, problems)
        for doc, ident in listed_documents(inputs):
            with stage("compute"):
                doc.compute(inputs, ident, problems)
    except InputError:
        _fail(problems)
    _warn(problems)
    count = len(problems.warnings)
    note = {0: "", 1: " 1 varning."}.get(count, f" {count} varningar.")
    click.echo(f"Inga fel i {input_dir}.{note}")


@main.command(help="Skriv ut standardåret för ett dokument (används av Makefile).")
@click.argument("document", type=click.Choice(sorted(DOCUMENTS)))
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def year(document: str, input_dir: Path) -> None:
    problems = Problems()
    try:
        click.echo(_year(DOCUMENTS[document], _read(input_dir, problems), None, problems))
    except InputError:
        _fail(problems)


@main.command(name="list", help="Skriv ut dokumenten på bladet Dokument, t.ex. arsredovisning-2025 (för make pdf).")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def list_documents(input_dir: Path) -> None:
    problems = Problems()
    try:
        for doc, year in listed_documents(_read(input_dir, problems)):
            click.echo(f"{doc.key}-{year}")
    except InputError:
        _fail(problems)


@main.command(help="Gör PDF av byggda dokument (.docx), bredvid dem.")
@click.argument("documents", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def pdf(documents: tuple[Path, ...]) -> None:
    from pipeline.render.layout import LayoutError, pdf_of

    for document in documents:
        with stage("pdf"):
            try:
                click.echo(str(pdf_of(document)))
            except LayoutError as exc:
                click.echo(f"Fel: {exc}", err=True)
                sys.exit(EXIT_INTERNAL)


@main.command(help="Starta en LibreOffice som ligger kvar och gör PDF:er snabbare (stoppa med kill).")
def libreoffice() -> None:
    import time

    from pipeline.render.layout import LayoutError, start_server

    try:
        process = start_server()
    except LayoutError as exc:
        click.echo(f"Fel: {exc}", err=True)
        sys.exit(EXIT_INTERNAL)
    time.sleep(0.5)
    if process.poll() is not None:
        click.echo("Fel: LibreOffice startade inte.", err=True)
        sys.exit(EXIT_INTERNAL)
    click.echo(f"LibreOffice körs (process {process.pid}); byggen använder den tills den stoppas "
               f"(kill {process.pid}).")


@main.command(name="init-mote", help="Skriv en arbetsbok för ett nytt sammanträde (sammantraden/DATUM.xlsx), med "
                                       "standarddagordningen och tid och plats från föregående möte.")
@click.argument("day", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def init_mote(day, input_dir: Path) -> None:
    from pipeline.blank import write_meeting

    try:
        inputs = _read(input_dir, Problems())
    except InputError:
        inputs = None  # errors elsewhere: the meeting is written without the previous meeting's details
    path = write_meeting(input_dir, day.date(), inputs)
    if path is None:
        click.echo(f"{input_dir}/sammantraden/{day.date().isoformat()}.xlsx finns redan och lämnades orörd.", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(f"Skrev {path}")


@main.command(help="Skriv tomma arbetsböcker, klara att fylla i, till en mapp.")
@click.argument("folder", type=_folder(must_exist=False))
def init(folder: Path) -> None:
    from pipeline.blank import write_blank_workbooks

    written, kept = write_blank_workbooks(folder)
    for path in written:
        click.echo(f"Skrev {path}")
    for path in kept:
        click.echo(f"{path} finns redan och lämnades orörd.", err=True)
