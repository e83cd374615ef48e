"""click in Swedish: its usage lines, help headings and error messages, as a förbund's staff read them.

click marks its texts for gettext but ships no translations; each of its modules took `gettext` and
`ngettext` under the names `_` and `ngettext` when imported, so those names are replaced there with the
lookups below. A text not listed stays as click wrote it. Run through make (FINSAM_MAKE set), an option in
a message is named by the make variable the user typed (YEAR, not --year).
"""
from __future__ import annotations

import os

import click

TEXTS = {
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Error: {message}": "Fel: {message}",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Värde saknas",
    "Missing parameter: {param_name}": "Värde saknas: {param_name}",
    "Missing {param_type}": "{param_type} saknas",
    "Missing command.": "Kommando saknas.",
    "No such command {name!r}.": "Det finns inget kommando {name!r}.",
    "No such option {name!r}.": "Det finns ingen flagga {name!r}.",
    "No such option: {name}": "Det finns ingen flagga {name}.",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tar {nargs} värden.",
    "{value!r} is not a valid {number_type}.": "{value!r} är inte {number_type}.",
    "{value} is not in the range {range}.": "{value} ligger inte i intervallet {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa (behörighet saknas).",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva i (behörighet saknas).",
    "{name} {filename!r} is not executable.": "{name} {filename!r} går inte att köra.",
    "Could not open file {filename!r}: {message}": "Filen {filename!r} kan inte öppnas: {message}",
    "{value!r} does not match the format {format}.": "{value!r} är inte ett datum som {format}.",
    "{value!r} does not match the formats {formats}.": "{value!r} är inte ett datum som {formats}.",
    "{value!r} is not {choice}.": "{value!r} är inte {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} är inte något av {choices}.",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "default: {default}": "standard: {default}",
    "required": "krävs",
    "Aborted!": "Avbrutet.",
    "file": "Filen",
    "directory": "Mappen",
    "path": "Sökvägen",
    "integer": "ett heltal",
    "integer range": "ett heltal",
    "float": "ett tal",
    "Got unexpected extra argument ({args})": "Oväntat extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Oväntade extra argument ({args})",
    "Option {name!r} requires an argument.": "Flaggan {name!r} behöver ett värde.",
    "Option {name!r} requires {nargs} arguments.": "Flaggan {name!r} behöver {nargs} värden.",
    "Did you mean {possibility}?": "Menade du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Menade du något av: {possibilities}?)",
}

# The make variable that sets each option (Makefile), for messages to someone who ran make.
MAKE_VARIABLES = {"year": "YEAR", "period": "PERIOD", "meeting": "MOTE", "mote": "MOTE", "ident": "YEAR",
                  "input_dir": "INPUT", "output_dir": "OUTPUT", "file": "FIL", "document": "DOC"}


def gettext(message: str) -> str:
    return TEXTS.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return gettext(singular if count == 1 else plural)


def install() -> None:
    """Swedish texts in every click module, and make variables in messages when run through make."""
    from click import core, decorators, exceptions, formatting, parser, termui, types, utils

    for module in (core, decorators, exceptions, formatting, parser, termui, types, utils):
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    types.IntRange.name = gettext("integer range")
    types.IntParamType.name = gettext("integer")
    types.FloatParamType.name = gettext("float")
    hint, show = click.Parameter.get_error_hint, exceptions.UsageError.show

    def make_hint(self, ctx) -> str:  # decided per command: a warm process serves make and others alike
        return (os.environ.get("FINSAM_MAKE") and MAKE_VARIABLES.get(self.name or "")) or hint(self, ctx)

    def make_show(self, file=None) -> None:  # through make the error alone: the command line is make's
        if os.environ.get("FINSAM_MAKE"):
            click.echo(gettext("Error: {message}").format(message=self.format_message()), err=True)
        else:
            show(self, file)

    click.Parameter.get_error_hint = make_hint
    exceptions.UsageError.show = make_show


class Command(click.Command):
    """A command whose usage line reads in Swedish: [FLAGGOR] rather than [OPTIONS]."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[FLAGGOR]")
        super().__init__(*args, **kwargs)


def name_values(group: click.Group) -> None:
    """Each option's value named in Swedish in the help (ÅR, MAPP, ÅÅÅÅ-MM-DD), not by click's type names."""
    for command in group.commands.values():
        for param in command.params:
            if not isinstance(param, click.Option) or param.metavar is not None or param.is_flag:
                continue
            kind = param.type
            if isinstance(kind, click.DateTime):
                param.metavar = "ÅÅÅÅ-MM-DD"
            elif isinstance(kind, click.Path):
                param.metavar = "MAPP" if not kind.file_okay else "FIL"
            elif isinstance(kind, (click.IntRange, click.types.IntParamType)):
                param.metavar = "ÅR" if param.name == "year" else "TAL"
