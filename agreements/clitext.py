"""The command line's own words in the message language: help texts, click's strings, exit-code lists."""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterable, Sequence

import click

LANGUAGES = ("nb", "nn", "en")  # as messages.LANGUAGES (a test keeps them equal; this module loads no YAML)
DEFAULT_LANGUAGE = "nb"
ENVIRONMENT = "AGREEMENTS_LANG"

_chosen = [DEFAULT_LANGUAGE]  # one command line per process; set before click parses anything


def language_of(args: Sequence[str], environ=os.environ) -> str:
    """The language of one run: the last ``--lang`` anywhere on the command line (so it also
    governs ``--help`` and usage errors met before the option is parsed), else AGREEMENTS_LANG,
    else nb. An unknown value is left for click to refuse."""
    chosen = None
    words = iter(args)
    for word in words:
        if word == "--":
            break
        if word == "--lang":
            value = next(words, None)
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            chosen = value
    return chosen or (environ.get(ENVIRONMENT) if environ.get(ENVIRONMENT) in LANGUAGES else DEFAULT_LANGUAGE)


def use(lang: str) -> None:
    _chosen[0] = lang


def current() -> str:
    return _chosen[0]


def text(code: str, **params) -> str:
    """Message ``code`` in the current language (the table is loaded on first use, not on import)."""
    from . import messages

    return messages.text(code, current(), **params)


# --- click's own strings ----------------------------------------------------------------------

def _click_table() -> dict[str, dict[str, str]]:
    """The ``click_*`` entries of the message table keyed by click's message id (their ``en``)."""
    from . import messages

    table = messages.table()
    return {entry["en"]: entry for code, entry in table.items() if code.startswith("click_")}


def click_gettext(message: str) -> str:
    if current() == "en":
        return message
    return _click_table().get(message, {}).get(current(), message)


def click_ngettext(singular: str, plural: str, n: int) -> str:
    return click_gettext(singular if n == 1 else plural)  # one/many, as in English, for nb and nn


def translate_click() -> None:
    """Route click's gettext calls (help headings, usage errors) through the message table.

    click marks its strings with ``gettext`` imported into each of its modules; with no compiled
    catalogue installed those calls return the English id, so each module's ``_`` and ``ngettext``
    are pointed at the table instead. Idempotent; modules click imports later keep English.
    """
    for name, module in list(sys.modules.items()):
        if name == "click" or name.startswith("click."):
            if getattr(module, "_", None) is gettext.gettext:
                module._ = click_gettext
            if getattr(module, "ngettext", None) is gettext.ngettext:
                module.ngettext = click_ngettext


# --- commands and parameters whose words are message codes ------------------------------------

def _looked_up(attribute: str):
    """A property: the stored value is a message code, read in the current language on use."""
    stored = f"_{attribute}_code"

    def get(self):
        code = getattr(self, stored, None)
        return None if code is None else text(code)

    def put(self, code):
        setattr(self, stored, code)

    return property(get, put)


def _exit_code_section(formatter: click.HelpFormatter, codes: Iterable[int]) -> None:
    with formatter.section(text("help_exit_codes")):
        formatter.write_dl([(str(code), text(f"exit_code_{code}")) for code in sorted(set(codes))])


class Command(click.Command):
    """A command whose help, short help and usage words are message codes, and whose help ends
    with the exit codes it can give (``exit_codes``, declared once with the command)."""

    help = _looked_up("help")
    short_help = _looked_up("short_help")
    options_metavar = _looked_up("options_metavar")

    def __init__(self, *args, exit_codes: Iterable[int] = (), **kwargs):
        kwargs.setdefault("options_metavar", "metavar_options")
        super().__init__(*args, **kwargs)
        self.exit_codes = tuple(sorted(set(exit_codes)))

    def get_help_option(self, ctx: click.Context):
        option = super().get_help_option(ctx)  # click's own, made once: its text follows the language
        if option is not None:
            option.help = text("help_help")
        return option

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.exit_codes:
            _exit_code_section(formatter, self.exit_codes)


class Group(Command, click.Group):
    """A group of such commands; its exit codes are those its commands can give."""

    subcommand_metavar = _looked_up("subcommand_metavar")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", "metavar_subcommand")
        super().__init__(*args, **kwargs)

    @property
    def exit_codes(self) -> tuple[int, ...]:
        return tuple(sorted({code for command in self.commands.values() for code in command.exit_codes}))

    @exit_codes.setter
    def exit_codes(self, _value) -> None:  # derived from the commands, never declared
        pass

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:  # no command: the help, not a usage error
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit()
        return super().parse_args(ctx, args)


Group.command_class = Command
Group.group_class = type  # subgroups are of the parent's class


class Option(click.Option):
    """An option whose help and metavar are message codes."""

    help = _looked_up("help")
    metavar = _looked_up("metavar")


class Argument(click.Argument):
    """An argument whose metavar is a message code (``[…]`` when optional, ``…`` when repeated)."""

    metavar = _looked_up("metavar")

    def make_metavar(self, ctx: click.Context) -> str:
        var = self.metavar or self.name.upper()
        if not self.required:
            var = f"[{var}]"
        return var + ("..." if self.nargs != 1 else "")
