"""Command line: build documents, check inputs, write blank workbooks.

Exit status: 0 success (warnings on stderr), 1 invalid input or a problem of the machine (every problem on
stderr, in Swedish), 2 wrong usage, 3 an internal error (a bug), 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import os
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import click

from pipeline import cli_swedish, fmt
from pipeline.problems import InputError, Problems

EXIT_INVALID = 1
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

cli_swedish.install()


def _internal_error(exc: Exception) -> None:
    """A bug, not bad input: say so in Swedish; the traceback only with FINSAM_DEBUG=1."""
    import traceback

    if os.environ.get("FINSAM_DEBUG"):
        traceback.print_exc()
    click.echo(f"Internt fel ({type(exc).__name__}: {exc}). Det här är ett fel i programmet, inte i "
               "arbetsböckerna; inget dokument skrevs. Rapportera felet tillsammans med arbetsböckerna "
               "(kör med FINSAM_DEBUG=1 för detaljer).", err=True)
    sys.exit(EXIT_INTERNAL)


def _machine_error(exc: OSError) -> None:
    """A problem of the machine (a folder that cannot be written, a full disk): the user's to fix, said so."""
    click.echo(f"Fel: {fmt.os_error(exc)} Inget dokument skrevs.", err=True)
    sys.exit(EXIT_INVALID)


class _Group(click.Group):
    command_class = cli_swedish.Command

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[FLAGGOR]")
        kwargs.setdefault("subcommand_metavar", "KOMMANDO [ARGUMENT]...")
        super().__init__(*args, **kwargs)

    def get_command(self, ctx, name):
        return super().get_command(ctx, name) or _document_command(name)

    def list_commands(self, ctx):
        from pipeline.documents import registry

        return [*sorted(registry()), *super().list_commands(ctx)]

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("Avbrutet.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except OSError as exc:
            _machine_error(exc)
        except Exception as exc:  # noqa: BLE001 - the last line of defence, see _internal_error
            _internal_error(exc)


class _DocumentType(click.ParamType):
    """A document type by its key (arsredovisning), also written with å, ä, ö (årsredovisning)."""

    name = "dokument"

    def convert(self, value, param, ctx):
        from pipeline.documents import registry

        if not isinstance(value, str):
            return value
        documents = registry()
        key = _key(value)
        if key not in documents:
            self.fail(f"\"{value}\" är inget dokument. Välj ett av: {', '.join(sorted(documents))}.", param, ctx)
        return documents[key]


def _key(name: str) -> str:
    """A document's key from its name as typed: årsredovisning and Arsredovisning are arsredovisning."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.strip().lower()) if c.isascii())


DOCUMENT_KEY = _DocumentType()
DAY = click.DateTime(formats=["%Y-%m-%d"])


def _folder(must_exist: bool = True) -> click.Path:
    return click.Path(file_okay=False, exists=must_exist, path_type=Path)


def _fail(problems: Problems) -> None:
    click.echo(problems.report(), err=True)
    click.echo(f"\n{len(problems.errors)} fel hittades. Inget dokument skrevs.", err=True)
    sys.exit(EXIT_INVALID)


def _warn(problems: Problems) -> None:
    if problems.warnings:
        click.echo(problems.report(), err=True)


def _drafts(done, folder: str = "") -> None:
    """Last, what keeps each document an UTKAST (the warnings above say where to fill it in)."""
    for built in done:
        _draft(f"{folder}{built.document.name} är märkt", built.draft)


def _draft(document: str, lacking) -> None:
    if lacking:
        click.echo(f"{document} UTKAST eftersom det saknar: {'; '.join(lacking)}.", err=True)


@contextmanager
def _reported(problems: Problems):
    """Run a build: its input errors end the command (exit 1), a LibreOffice failure too; its warnings are
    shown when it is done."""
    from pipeline.render.layout import LayoutError

    try:
        yield
    except InputError:
        _fail(problems)
    except LayoutError as exc:
        click.echo(f"Fel: {exc}", err=True)
        sys.exit(EXIT_INVALID)
    _warn(problems)


def _load(input_dir: Path, problems: Problems):
    from pipeline.load import load

    return load(input_dir, problems)


def _layout(no_layout: bool) -> bool:
    return not no_layout and os.environ.get("FINSAM_LAYOUT", "1") != "0"


@click.group(cls=_Group, help="Årsredovisning, delårsrapport och verksamhetsplan för samordningsförbund.")
def main() -> None:
    pass


ID_HELP = "Dokumentet som i filnamnet: året, eller för ett sammanträdes dokument dess datum."


@main.command(help="Bygg ett dokument från arbetsböckerna i en indatamapp.")
@click.argument("document", type=DOCUMENT_KEY, metavar="DOKUMENT")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True,
              help="Mappen med arbetsböckerna.")
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True,
              help="Mappen där dokumentet skrivs.")
@click.option("--period", type=DAY, help="Delårsrapportens bokslutsdag, t.ex. 2021-06-30 (standard: årets senaste).")
@click.option("--year", type=click.IntRange(1900, 2200),
              help="Året dokumentet avser (standard: senaste året på bladet Dokument, annars senaste bokslutsår "
                   "för årsredovisningen och året efter för verksamhetsplanen).")
@click.option("--mote", type=DAY, help="Sammanträdets datum för dagordning och protokoll (standard: det senaste).")
@click.option("--id", "ident", help=ID_HELP)
@click.option("--pdf", is_flag=True, help="Skriv också en PDF bredvid dokumentet (kräver LibreOffice).")
@click.option("--no-layout", is_flag=True,
              help="Hoppa över LibreOffice-steget (sidnummer i innehållsförteckningen); snabbare under arbetet.")
@click.option("--if-changed", is_flag=True,
              help="Bygg bara om arbetsböckerna, mallen eller programmet har ändrats sedan dokumentet byggdes.")
@click.option("--underlag", is_flag=True,
              help="Skriv också granskningsunderlaget <dokument>-underlag.xlsx: varje belopp med dess källor.")
def build(document, input_dir: Path, output_dir: Path, period, year: int | None, mote, ident: str | None,
          pdf: bool, no_layout: bool, if_changed: bool, underlag: bool) -> None:
    from pipeline.build import build as make_always
    from pipeline.build import make

    request = _request(document, period, year, mote, ident)
    problems = Problems()
    current = False
    with _reported(problems):
        if if_changed:
            built, current = make(document, input_dir, request, problems, output_dir, _layout(no_layout), pdf)
        else:
            built = make_always(document, _load(input_dir, problems), request, problems, output_dir,
                                _layout(no_layout), pdf)
    if current:
        click.echo(f"{built.document} är redan byggt av de senaste arbetsböckerna.")
    else:
        click.echo(str(built.document))
        if built.pdf:
            click.echo(str(built.pdf))
    _drafts([built])
    if underlag:
        _write_underlag(document, input_dir, request, output_dir, _layout(no_layout), after_build=True)


def _one_document(command):
    """The argument and options that name one built document: its folders and its year, period or meeting."""
    for option in reversed((
        click.argument("document", type=DOCUMENT_KEY, metavar="DOKUMENT"),
        click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True),
        click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True),
        click.option("--period", type=DAY, help="Delårsrapportens bokslutsdag (standard: årets senaste)."),
        click.option("--year", type=click.IntRange(1900, 2200), help="Året dokumentet avser."),
        click.option("--mote", type=DAY, help="Sammanträdets datum för dagordning och protokoll."),
        click.option("--id", "ident", help=ID_HELP),
    )):
        command = option(command)
    return command


def _write_underlag(document, input_dir: Path, request, output_dir: Path, pages: bool,
                    after_build: bool = False) -> None:
    from pipeline.build import checked_all
    from pipeline.commands.review import write_underlag

    problems = Problems()
    with _reported(problems):
        inputs = _load(input_dir, problems)
        _, scope, lacking = checked_all([(document, request)], inputs, problems)[0]
        if after_build:  # its warnings were shown once
            problems.items.clear()
        target = write_underlag(document, inputs, scope, output_dir, pages, lacking)
    click.echo(str(target))


@main.command(help="Visa vad som ändrats i ett dokument sedan versionen styrelsen fick (den som skickades med "
                   "make pdf, annars den förra), och skriv <dokument>-andringar.docx med ändringarna markerade "
                   "(spårade ändringar, kräver LibreOffice). Dokumentet byggs först om arbetsböckerna ändrats.")
@_one_document
@click.option("--mot", "against", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Jämför med den här filen (.docx) i stället för den skickade eller förra versionen.")
@click.option("--no-layout", is_flag=True, help="Hoppa över LibreOffice-steget när dokumentet byggs.")
def andringar(document, input_dir: Path, output_dir: Path, period, year: int | None, mote, ident: str | None,
              against: Path | None, no_layout: bool) -> None:
    from pipeline.build import make
    from pipeline.render import compare, layout
    from pipeline.commands.versions import default_against

    problems = Problems()
    with _reported(problems):
        built, _ = make(document, input_dir, _request(document, period, year, mote, ident), problems, output_dir,
                        _layout(no_layout))
    current = built.document
    against = against or default_against(current)
    if against is None:
        click.echo(f"Fel: det finns ingen tidigare version av {current.name} att jämföra med (de sparas i "
                   f"{current.parent / 'tidigare' / current.stem} när ett bygge ger ett annat dokument). Ange en "
                   "fil med MOT=fil.docx (--mot).", err=True)
        sys.exit(EXIT_INVALID)
    found = compare.changes(compare.read(against), compare.read(current))
    click.echo(f"Ändringar i {current.name} mot {against}:")
    click.echo("\nÄndrade belopp:" if found.figures else "\nInga ändrade belopp i tabellerna.")
    for line in found.figures:
        click.echo(f"  {line}")
    click.echo("\nÄndrade stycken:" if found.paragraphs else "\nInga ändrade stycken.")
    for old, new in found.paragraphs:
        click.echo(f"  − {old}" if old else "  − (nytt stycke)")
        click.echo(f"  + {new}" if new else "  + (borttaget)")
    target = current.with_name(f"{current.stem}-andringar.docx")
    click.echo("")
    if layout.compared(current, against, target):
        click.echo(str(target))
    else:
        click.echo(f"{target.name} skrevs inte: LibreOffice (med python3-uno) behövs för att markera ändringarna i "
                   f"dokumentet. {layout.INSTALL_HINT}. Listan ovan visar ändringarna.", err=True)


@main.command(help="Skriv granskningsunderlaget för ett dokument (<dokument>-underlag.xlsx): varje tryckt belopp "
                   "med var det står, exakt belopp, avrundning och källor (konto, datum, cell), styckenas källor "
                   "och kontrollerna.")
@_one_document
@click.option("--no-layout", is_flag=True, help="Utan sidnummer (hoppar över LibreOffice-steget); snabbare.")
def underlag(document, input_dir: Path, output_dir: Path, period, year: int | None, mote, ident: str | None,
             no_layout: bool) -> None:
    _write_underlag(document, input_dir, _request(document, period, year, mote, ident), output_dir,
                    _layout(no_layout))


def _document_command(name: str) -> click.Command | None:
    """`finsam arsredovisning [--input …] [--year …]`: what `make arsredovisning` does (build … --if-changed)."""
    from pipeline.documents import registry

    document = registry().get(_key(name))
    if document is None:
        return None

    def run(**options) -> None:
        click.get_current_context().invoke(build, document=document, ident=None, if_changed=True, **options)

    return cli_swedish.Command(
        name=document.key, callback=run,
        params=[p for p in build.params if p.name not in ("document", "ident", "if_changed")],
        help=f"Bygg {document.title.lower()} från arbetsböckerna, om de, mallen eller programmet har ändrats sedan "
             f"den byggdes (som build {document.key} --if-changed).", short_help=f"Bygg {document.title.lower()}.")


def _request(document, period, year, mote, ident):
    """What was asked for, from the options; contradictions are usage errors.

    The document's kind says what it is asked for by (`Kind.asks`); `--id` gives the first of them.
    """
    from pipeline.documents import ARGUMENTS, Request, registry

    asked = {"year": year, "period": period.date() if period else None, "meeting": mote.date() if mote else None}
    if ident is not None:
        first = document.kind.asks[0]
        try:
            asked[first] = DAY.convert(ident, None, None).date() if first != "year" else \
                click.IntRange(1900, 2200).convert(ident, None, None)
        except click.BadParameter as exc:
            raise click.UsageError(f"--id {ident}: {exc.message}") from exc
    for name, value in asked.items():
        if value is not None and name not in document.kind.asks:
            option = ARGUMENTS[name][1 if os.environ.get("FINSAM_MAKE") else 0]
            takers = [key for key, doc in sorted(registry().items()) if name in doc.kind.asks]
            raise click.UsageError(f"{option} gäller inte {document.key} (bara {', '.join(takers)}).")
    if asked["period"] is not None and asked["year"] is not None and asked["period"].year != asked["year"]:
        raise click.UsageError(f"--period {fmt.iso_date(asked['period'])} ligger inte i --year {asked['year']}.")
    return Request(**asked)


@main.command(name="all", help="Bygg alla dokument som indata anger (bladet Dokument och sammanträdena), bara de "
                                  "som behöver byggas om, flera samtidigt.")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True)
@click.option("--pdf", is_flag=True, help="Skriv också en PDF av varje dokument (kräver LibreOffice).")
@click.option("--jobs", type=click.IntRange(1, 256), help="Antal processer (standard: antal kärnor).")
@click.option("--no-layout", is_flag=True, help="Hoppa över LibreOffice-steget.")
def all_documents(input_dir: Path, output_dir: Path, pdf: bool, jobs: int | None, no_layout: bool) -> None:
    from pipeline.build import make_all

    problems = Problems()
    with _reported(problems):
        done = make_all(input_dir, problems, output_dir, _layout(no_layout), pdf, jobs or os.cpu_count() or 1)
    for built, current in done:
        note = " (redan byggt av de senaste arbetsböckerna)" if current else ""
        for path in (built.document, built.pdf):
            if path:
                click.echo(f"{path}{note}")
        if pdf:  # the PDFs are what is sent out: that version is what the next comparison is made against
            from pipeline.commands.versions import mark_sent

            click.echo(f"Skickad version sparad: {mark_sent(built.document)}")
    _drafts(built for built, _ in done)


@main.command(name="build-all", help="Bygg dokumenten för alla förbund i undermapparna till en mapp, parallellt.")
@click.option("--input-root", type=_folder(), required=True, help="Mappen med en undermapp per förbund.")
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True,
              help="Dokumenten skrivs till en undermapp per förbund.")
@click.option("--jobs", type=click.IntRange(1, 256), help="Antal processer (standard: antal kärnor).")
@click.option("--no-layout", is_flag=True, help="Hoppa över LibreOffice-steget.")
def build_all(input_root: Path, output_dir: Path, jobs: int | None, no_layout: bool) -> None:
    from pipeline.batch import build_all as run
    from pipeline.batch import forbund_folders

    if not forbund_folders(input_root):
        raise click.UsageError(f"{input_root} har inga undermappar med forbundet.xlsx.")
    outcomes = run(input_root, output_dir, jobs, _layout(no_layout))
    for outcome in outcomes:
        for path in outcome.written:
            click.echo(path)
        if outcome.report:
            click.echo(f"{outcome.folder}:\n{outcome.report}", err=True)
        _drafts(outcome.drafts, f"{outcome.folder}/")
    failed = [o.folder for o in outcomes if o.failed]
    documents = sum(len(o.written) for o in outcomes)
    click.echo(f"{documents} dokument för {len(outcomes) - len(failed)} av {len(outcomes)} förbund.", err=True)
    if failed:
        click.echo(f"Fel i: {', '.join(failed)}. Deras dokument skrevs inte.", err=True)
        sys.exit(EXIT_INVALID)


@main.command(help="Kontrollera arbetsböckerna, och dokumenten på bladet Dokument, utan att skriva något.")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def check(input_dir: Path) -> None:
    from pipeline.build import checked_all
    from pipeline.documents import listed
    from pipeline.read.bokforing import describe

    problems = Problems()
    try:
        inputs = _load(input_dir, problems)
        done = checked_all(listed(inputs), inputs, problems)
    except InputError:
        _fail(problems)
    _warn(problems)
    for doc, scope, lacking in done:
        _draft(f"{doc.filename(scope)} blir märkt", lacking)
    for book in inputs.books:
        click.echo(describe(book))
    count = len(problems.warnings)
    note = {0: "", 1: " 1 varning."}.get(count, f" {count} varningar.")
    click.echo(f"Inga fel i {input_dir}.{note}")


@main.command(help="Skriv ut standardåret för ett dokument.")
@click.argument("document", type=DOCUMENT_KEY, metavar="DOKUMENT")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def year(document, input_dir: Path) -> None:
    from pipeline.documents import Request

    problems = Problems()
    try:
        click.echo(document.resolve(_load(input_dir, problems), Request(), problems).ident)
    except InputError:
        _fail(problems)


@main.command(name="list", help="Skriv ut dokumenten som indata anger, t.ex. arsredovisning-2025.")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def list_documents(input_dir: Path) -> None:
    from pipeline.documents import listed

    problems = Problems()
    try:
        inputs = _load(input_dir, problems)
        for doc, request in listed(inputs):
            click.echo(f"{doc.key}-{doc.resolve(inputs, request, problems).ident}")
    except InputError:
        _fail(problems)


@main.command(help="Gör PDF av byggda dokument (.docx), bredvid dem. Utan dokument: bygg alla dokument som indata "
                   "anger, med en PDF av varje (som all --pdf).")
@click.argument("documents", nargs=-1, metavar="[DOKUMENT.docx]...",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
@click.option("--output", "output_dir", type=_folder(must_exist=False), default="output", show_default=True)
def pdf(documents: tuple[Path, ...], input_dir: Path, output_dir: Path) -> None:
    from pipeline.render.layout import LayoutError, pdf_of
    from pipeline.machinery.timing import stage

    if not documents:
        click.get_current_context().invoke(all_documents, input_dir=input_dir, output_dir=output_dir, pdf=True)
        return
    for document in documents:
        with stage("pdf"):
            try:
                click.echo(str(pdf_of(document)))
            except LayoutError as exc:
                click.echo(f"Fel: {exc}", err=True)
                sys.exit(EXIT_INVALID)


@main.command(help="Starta den LibreOffice som byggen och PDF:er använder (annars startar första bygget den). "
                   "Den stoppar själv efter tio minuter utan bygge.")
def libreoffice() -> None:
    from pipeline.render.layout import IDLE_S, LayoutError, start_server

    try:
        start_server()
    except LayoutError as exc:
        click.echo(f"Fel: {exc}", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(f"LibreOffice startas för byggen och PDF:er och stoppar själv efter {IDLE_S // 60} minuter utan bygge.")


@main.command(help="Stoppa det som fortsätter att köra mellan kommandona: den varma processen och den LibreOffice "
                   "som byggen använder (båda stoppar annars själva efter tio minuter utan kommando).")
def stop() -> None:
    from pipeline.machinery import runtime
    from pipeline.render.layout import LayoutError, stop_server

    try:
        runtime.stop(runtime.server_socket().with_suffix(".pid"))
        stop_server()
    except (runtime.Refused, LayoutError):
        pass  # a private folder that is not safe to use: nothing was started there
    click.echo("Den varma processen och LibreOffice för byggen är stoppade.")


@main.command(name="init-mote", help="Skriv en arbetsbok för ett nytt sammanträde (sammantraden/DATUM.xlsx), med "
                                       "standarddagordningen och tid och plats från föregående möte.")
@click.argument("day", type=DAY, metavar="DATUM")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def init_mote(day, input_dir: Path) -> None:
    from pipeline.read.blank import write_meeting

    try:
        inputs = _load(input_dir, Problems())
    except InputError:
        inputs = None  # errors elsewhere: the meeting is written without the previous meeting's details
    path = write_meeting(input_dir, day.date(), inputs)
    if path is None:
        click.echo(f"{input_dir / 'sammantraden' / f'{day.date().isoformat()}.xlsx'} finns redan och lämnades orörd.",
                   err=True)
        return  # as init: what is there is kept, and that is not an error
    click.echo(f"Skrev {path}")


@main.command(name="import-sie", help="Kontrollera en SIE-fil (export från bokföringen) och kopiera den till "
                                      "mappen bokforing/ i indatamappen, där varje bygge läser den. Ingen arbetsbok "
                                      "ändras; en befintlig fil skrivs aldrig över.")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path), metavar="FIL")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
@click.option("--period", type=DAY, help="Kontrollera också att filen täcker den dagen (delårsrapportens slut), "
                                         "t.ex. 2025-06-30.")
@click.option("--annan-org", "other_org", is_flag=True,
              help="Läs in filen fast den inte är förbundets (annat organisationsnummer, eller inget och ett annat "
                   "namn); filens namn får \"annan-org\", så att byggena också läser den.")
def import_sie(file: Path, input_dir: Path, period, other_org: bool) -> None:
    from pipeline.commands.sie_import import import_sie as run, report

    problems = Problems()
    try:
        done = run(file, input_dir, problems, period.date() if period else None, other_org)
    except InputError:
        click.echo(problems.report(), err=True)
        click.echo(f"\n{len(problems.errors)} fel hittades. Inget skrevs.", err=True)
        sys.exit(EXIT_INVALID)
    _warn(problems)
    for line in report(done, input_dir):
        click.echo(line)


@main.command(help="Kopiera ett dokuments standardmall till förbundets mapp mallar/, som förbundets egen mall att "
                   "ändra i Word. En befintlig mall skrivs aldrig över.")
@click.argument("document", type=DOCUMENT_KEY, metavar="DOKUMENT")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
def mall(document, input_dir: Path) -> None:
    from pipeline.build import OWN_TEMPLATES
    from pipeline.machinery.files import create_new

    target = input_dir / OWN_TEMPLATES / f"{document.key}.docx"
    if target.exists() or not create_new(target, document.template.read_bytes()):
        click.echo(f"{target} finns redan och lämnades orörd.", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(f"Skrev {target}. Ändra den i Word eller LibreOffice; den används i stället för standardmallen "
               f"när {document.key} byggs från {input_dir}. \"{fmt.command('finsam check', 'make check')}\" "
               "kontrollerar den.")


@main.command(help="Skriv en Word-fil att skriva ett dokuments texter i (texter/DOKUMENT-ÅR.docx): varje avsnitt som "
                   "en rubrik, med texten det har nu och en kommentar om vad som hör dit. En befintlig fil skrivs "
                   "aldrig över.")
@click.argument("document", type=DOCUMENT_KEY, metavar="DOKUMENT")
@click.option("--input", "input_dir", type=_folder(), default="input_xlsx", show_default=True)
@click.option("--year", type=click.IntRange(1900, 2200), help="Året dokumentet avser (standard: som när det byggs).")
@click.option("--period", type=DAY, help="Delårsrapportens bokslutsdag, t.ex. 2025-08-31 (standard: årets senaste).")
def texter(document, input_dir: Path, year: int | None, period) -> None:
    from pipeline.phrases import definite
    from pipeline.present.textfile import FROM_SHEET, starting_sections
    from pipeline.render.textfile import write_text_file
    from pipeline.schema import TEXT_FILES, TEXT_FOLDER

    if document.key not in TEXT_FILES:
        raise click.UsageError(f"{document.key} har inga texter att skriva i Word. Välj ett av: "
                               f"{', '.join(TEXT_FILES)}.")
    title = TEXT_FILES[document.key]
    request = _request(document, period, year, None, None)
    asked = document.kind.texts_named(request)
    named = input_dir / TEXT_FOLDER / f"{document.key}-{asked}.docx" if asked else None
    if named and named.exists():
        _kept(named)
    problems = Problems()
    try:
        inputs = _load(input_dir, problems)
        scope = document.resolve(inputs, request, problems)
    except InputError:
        if named and named.exists():  # another texter wrote it meanwhile: its sections now stand twice
            _kept(named)
        _fail(problems)
    resolved = document.kind.explicit(scope)
    target = input_dir / TEXT_FOLDER / f"{document.key}-{document.kind.texts_named(resolved)}.docx"
    if target.exists():
        _kept(target)
    sections = starting_sections(inputs.activity, title, scope.year, resolved.period)
    if not write_text_file(target, f"Texter till {definite(title)} {scope.ident}", sections):
        _kept(target)
    click.echo(f"Skrev {target}. Skriv texterna i Word under rubrikerna (formatet Rubrik 1 är avsnittet, "
               "Rubrik 2 en underrubrik); kommentarerna säger vad som hör dit och tas inte med i dokumentet.")
    from_sheet = [s.title for s in sections if s.source == FROM_SHEET]
    if from_sheet:
        click.echo(f"Texterna i {', '.join(from_sheet)} kommer från bladet Texter. Ta bort de raderna för "
                   f"{definite(title)} {scope.year} på bladet: ett avsnitt som står på båda ställena är ett fel.")


def _kept(target: Path) -> None:
    click.echo(f"{target} finns redan och lämnades orörd.", err=True)
    sys.exit(EXIT_INVALID)


@main.command(help="Skriv tomma arbetsböcker, klara att fylla i, till en mapp (standard: input_xlsx).")
@click.argument("folder", type=_folder(must_exist=False), metavar="[MAPP]", default="input_xlsx")
def init(folder: Path) -> None:
    from pipeline.read.blank import write_blank_workbooks

    written, kept = write_blank_workbooks(folder)
    for path in written:
        click.echo(f"Skrev {path}")
    for path in kept:
        click.echo(f"{path} finns redan och lämnades orörd.", err=True)


@main.command(context_settings={"ignore_unknown_options": True},
              help="Kör programmets tester med pytest (i projektmappen; flaggorna går vidare till pytest).")
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED, metavar="[PYTEST-FLAGGOR]...")
def test(arguments: tuple[str, ...]) -> None:
    import subprocess

    folders = [Path.cwd(), Path(__file__).resolve().parent.parent]
    project = next((f for f in folders if (f / "tests" / "conftest.py").is_file()), None)
    if project is None:
        click.echo("Testerna finns i projektmappen (den med mappen tests). Kör finsam test där.", err=True)
        sys.exit(EXIT_INVALID)
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", *arguments], cwd=project))


cli_swedish.name_values(main)
