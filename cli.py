"""The agreements command line: thin click commands over the library, and the only place that prints."""

from __future__ import annotations

import io
import os
import sys
import traceback
from pathlib import Path
from typing import NoReturn

import click

from agreements.problems import AgreementsError, ExitCode

EXIT_CODES = """\b
Avslutningskoder (exit codes):
  0  alt i orden
  1  inndata har feil (eller advarsler med --strict)
  2  feil bruk av kommandoen
  3  inndatafilen mangler, kan ikke leses eller er ikke gyldig YAML/JSON
  4  utfilen finnes fra før (bruk --force) eller kan ikke skrives
  5  LibreOffice mangler eller PDF-konverteringen feilet
  6  malen mangler eller er ødelagt (intern feil; ingenting er skrevet)
  7  uventet intern feil (ingenting er skrevet)
"""

_DOCX_CODES = """\
  8  ikke et Word-dokument (.docx)
  9  gammelt Word-format (.doc)
  10 passordbeskyttet (kryptert) dokument
  11 skadet eller ufullstendig .docx
  12 for stor fil, eller pakker seg ut til for mye (zip-bombe)
  13 XML med dokumenttypedefinisjon eller entiteter
  14 dokumentet har ingen tekst
Med flere filer er koden den høyeste av filenes koder.
"""

CHECK_EXIT_CODES = """\b
Avslutningskoder for check (exit codes):
  0  alle lovpålagte punkter er på plass (med --strict også KS-punktene)
  1  minst ett lovpålagt punkt mangler eller er ufullstendig, eller feil i dokumentet
  2  feil bruk av kommandoen
  3  filen finnes ikke eller kan ikke leses
""" + _DOCX_CODES

LINT_EXIT_CODES = """\b
Avslutningskoder for lint-template (exit codes):
  0  ingen feil (advarsler kan finnes)
  1  malen har feil
  2  feil bruk av kommandoen
  3  filen finnes ikke eller kan ikke leses
  6  Word-filen kan ikke brukes som mal (f.eks. uten brødtekst)
""" + _DOCX_CODES

LANGUAGES = ("nb", "nn", "en")


def _set_lang(ctx: click.Context, _param, value: str) -> str:
    ctx.meta["lang"] = value
    return value


lang_option = click.option(
    "--lang", type=click.Choice(LANGUAGES), default=lambda: os.environ.get("AGREEMENTS_LANG", "nb")
    if os.environ.get("AGREEMENTS_LANG") in LANGUAGES else "nb",
    callback=_set_lang, is_eager=True, show_default="nb",
    help="Språk for meldinger: nb (bokmål), nn (nynorsk) eller en (English). Også AGREEMENTS_LANG.",
)


def _say(problems, lang: str, err: bool) -> None:
    from agreements import messages

    for problem in problems:
        click.echo(messages.render(problem, lang), err=err)


def _validation_report(result, input_file: str, strict: bool, lang: str) -> None:
    """Every problem, then a summary line; exit 1 on errors (or on warnings with --strict)."""
    from agreements import messages

    _say(result.problems, lang, err=False)
    counts = {"file": input_file, "errors": len(result.errors), "warnings": len(result.warnings)}
    if not result.ok:
        click.echo(messages.text("summary_invalid", lang, **counts))
        sys.exit(int(ExitCode.INVALID))
    click.echo(messages.text("summary_valid", lang, **counts))
    if strict and result.warnings:
        click.echo(messages.text("summary_strict", lang, file=input_file))
        sys.exit(int(ExitCode.INVALID))


def _written(made, output: str, with_pdf: bool, lang: str) -> None:
    """Warnings first, then the absolute path of every file written."""
    from agreements import generate as pipeline
    from agreements import messages

    _say(made.warnings, lang, err=True)
    for path in [Path(output)] + ([pipeline.pdf_path_for(Path(output))] if with_pdf else []):
        click.echo(messages.text("wrote_file", lang, file=str(path.resolve())))


def _closed_pipe() -> NoReturn:
    """The reader of our output went away (``agreements check *.docx | head``): not an error to
    report. Stop at once and quietly, with the code a shell shows for SIGPIPE; what is still
    buffered goes nowhere instead of failing again when Python exits."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (e.g. under a test runner)
            pass
    sys.exit(int(ExitCode.CLOSED_PIPE))


class _HelpGroup(click.Group):
    """A group given no command shows its help and exits 0 (not a usage error)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit()
        return super().parse_args(ctx, args)


class _Group(_HelpGroup):
    """Turns library errors into messages and exit codes; no traceback reaches a user."""

    def invoke(self, ctx: click.Context):
        try:
            return self._invoke_reporting(ctx)
        except BrokenPipeError:  # also while reporting an error below
            _closed_pipe()

    def _invoke_reporting(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AgreementsError as exc:
            lang = _lang_of(ctx)
            _say(exc.problems, lang, err=True)
            if exc.exit_code == ExitCode.INVALID and any(p.is_error for p in exc.problems):
                from agreements import messages
                click.echo(messages.text("nothing_generated", lang), err=True)
            sys.exit(int(exc.exit_code))
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit, BrokenPipeError):
            raise
        except Exception as exc:  # a bug: say so briefly, never a raw traceback
            if os.environ.get("AGREEMENTS_DEBUG"):
                traceback.print_exc()
            from agreements import messages
            click.echo(messages.text("internal_error", _lang_of(ctx),
                                     detail=type(exc).__name__), err=True)
            sys.exit(int(ExitCode.INTERNAL))


def _lang_of(ctx: click.Context) -> str:
    """The --lang of the command that ran (meta is shared by the whole context tree)."""
    return ctx.meta.get("lang", "nb")


@click.group(cls=_Group, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agreements", message="agreements %(version)s")
def cli():
    """Arbeidsavtaler for kommunedirektører og fylkeskommunedirektører.

    Lager ferdige arbeidsavtaler (.docx, og PDF med LibreOffice) fra en YAML- eller JSON-fil,
    etter arbeidsmiljøloven, kommuneloven og KS' anbefalinger. Start med
    «agreements example > avtale.yaml», fyll inn, og kjør «agreements generate avtale.yaml
    -o avtale.docx».
    """


@cli.command(epilog=EXIT_CODES)
@click.argument("input_file", metavar="INNDATA", type=click.Path(dir_okay=True, path_type=str))
@click.option("--strict", is_flag=True, help="Regn advarsler (KS-anbefalinger) som feil.")
@lang_option
def validate(input_file: str, strict: bool, lang: str):
    """Kontroller en inndatafil og vis alle feil og advarsler på én gang."""
    from agreements import generate

    _validation_report(generate.validate_file(input_file), input_file, strict, lang)


@cli.command(epilog=EXIT_CODES)
@click.argument("input_files", nargs=-1, required=True, metavar="INNDATA...",
                type=click.Path(dir_okay=True, path_type=str))
@click.option("-o", "--output", "output", required=True, metavar="UT.docx|UTMAPPE",
              help="Filen som skal lages (.docx), eller mappen med --batch.")
@click.option("--pdf", "with_pdf", is_flag=True,
              help="Lag også en PDF (samme navn, .pdf) med LibreOffice.")
@click.option("--force", is_flag=True, help="Erstatt utfiler som finnes fra før.")
@click.option("--batch", is_flag=True,
              help="Lag mange avtaler: INNDATA er filer og mapper (.yaml, .yml, .json), -o er en mappe.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None,
              help="Antall parallelle prosesser med --batch (standard: antall prosessorkjerner).")
@lang_option
def generate(input_files, output: str, with_pdf: bool, force: bool, batch: bool, jobs, lang: str):
    """Lag arbeidsavtalen fra en inndatafil (eller mange med --batch).

    Filene skrives først når alt har lyktes, og en eksisterende fil blir aldri overskrevet
    uten --force. Advarsler (KS-anbefalinger som ikke er fulgt) vises, men stopper ikke. Med
    --batch stopper ikke én feil de andre; til slutt vises en oppsummering, og koden er ikke 0
    når noen feilet.
    """
    from agreements import generate as pipeline
    from agreements import messages

    if batch:
        _batch(input_files, output, force, jobs or os.cpu_count() or 1, lang)
        return
    if len(input_files) != 1:
        raise click.UsageError(messages.text("batch_one_input", lang))
    made = pipeline.generate(input_files[0], output, with_pdf=with_pdf, force=force)
    _written(made, output, with_pdf, lang)


def _batch(inputs, outdir: str, force: bool, jobs: int, lang: str) -> None:
    from agreements import generate as pipeline
    from agreements import messages

    sources = pipeline.batch_inputs(inputs)
    with click.progressbar(length=len(sources), label=messages.text("batch_progress", lang),
                           file=sys.stderr) as bar:
        results = pipeline.generate_batch(inputs, outdir, jobs, force, progress=lambda: bar.update(1))
    for result in results:
        if not result.ok or result.problems:
            click.echo(messages.text("batch_failed_file", lang, file=result.source), err=True)
            _say(result.problems, lang, err=True)
    failed = [r for r in results if not r.ok]
    warnings = sum(len(r.problems) for r in results if r.ok)
    click.echo(messages.text("batch_summary", lang, made=len(results) - len(failed), failed=len(failed),
                             warnings=warnings, dir=str(Path(outdir).resolve())))
    sys.exit(max((r.exit_code for r in failed), default=0))


@cli.command("check", epilog=CHECK_EXIT_CODES)
@click.argument("files", nargs=-1, required=True, metavar="FIL.docx...",
                type=click.Path(dir_okay=True, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: lesbar rapport. json: maskinlesbar (én fil: ett objekt; flere: én linje per fil).")
@click.option("--strict", is_flag=True, help="La også manglende KS-anbefalte punkter gi kode 1.")
@click.option("--kind", type=click.Choice(["agreement", "minutes"]), default="agreement", show_default=True,
              help="agreement: arbeidsavtale. minutes: referat fra utviklingssamtale (KS' fire punkter og fem tema).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Antall parallelle prosesser når mange filer kontrolleres.")
@lang_option
def check_command(files: tuple[str, ...], fmt: str, strict: bool, kind: str, jobs: int, lang: str):
    """Kontroller arbeidsavtaler (.docx) punkt for punkt.

    Viser for hvert punkt i loven og KS' anbefalinger om det er på plass, mangler, er
    ufullstendig eller ikke aktuelt, med lovgrunnlag og utdrag fra dokumentet. Filen blir bare
    lest, aldri endret. Sporede endringer leses som om de var godtatt.
    """
    import json

    from agreements import checker, messages, report

    worst = 0
    for number, (name, outcome) in enumerate(zip(files, checker.check_many(files, kind, jobs))):
        try:
            if isinstance(outcome, AgreementsError):
                raise outcome
            result = outcome
        except AgreementsError as exc:
            worst = max(worst, int(exc.exit_code))
            if fmt == "json":
                problem = exc.problems[0]
                data = {"file": name, "error": {"code": problem.code, "exit_code": int(exc.exit_code),
                                                "message": messages.text(problem.code, lang, **problem.params)}}
                click.echo(json.dumps(data, ensure_ascii=False, indent=None if len(files) > 1 else 2))
            else:
                _say(exc.problems, lang, err=True)
            continue
        if not result.passed(strict):
            worst = max(worst, int(ExitCode.INVALID))
        if fmt == "json":
            click.echo(json.dumps(report.as_data(result, lang, strict), ensure_ascii=False,
                                  indent=None if len(files) > 1 else 2))
        else:
            if number:
                click.echo()
            click.echo(report.as_text(result, lang, strict), nl=False)
    sys.exit(worst)


@cli.command("lint-template", epilog=LINT_EXIT_CODES)
@click.argument("templates", nargs=-1, metavar="MAL.docx...", type=click.Path(path_type=str))
@click.option("--kind", type=click.Choice(["agreement", "minutes"]), default="agreement", show_default=True,
              help="agreement: mal for arbeidsavtale. minutes: mal for referat fra utviklingssamtale.")
@lang_option
def lint_template(templates: tuple[str, ...], kind: str, lang: str):
    """Kontroller Word-maler: ukjente og ubrukte felt, delte tagger, punkter malen ikke kan lage.

    Uten argument kontrolleres alle de innebygde malene (avtaler og referater). Kode 1 når en mal
    har feil.
    """
    from agreements import checker, generate, lint, messages, minutes, resources

    worst = 0
    jobs = [(name, kind) for name in templates] or \
        [(name, "agreement") for name in generate.TEMPLATES.values()] + \
        [(name, "minutes") for name in minutes.TEMPLATES.values()]
    for name, kind in jobs:
        try:
            data = checker.read_docx(name) if templates else resources.template(name).read_bytes()
            found = lint.lint(data, name, kind)
        except AgreementsError as exc:
            _say(exc.problems, lang, err=True)
            worst = max(worst, int(exc.exit_code))
            continue
        for f in found:
            label = messages.text(f"severity_{f.severity}", lang)
            click.echo(f"{label} {messages.text(f.code, lang, **f.params)}")
        errors = sum(1 for f in found if f.severity == "error")
        warnings = len(found) - errors
        click.echo(messages.text("lint_summary" if found else "lint_clean", lang, file=name,
                                 errors=errors, warnings=warnings))
        if errors:
            worst = max(worst, int(ExitCode.INVALID))
    sys.exit(worst)


@cli.command()
@click.option("--kind", type=click.Choice(["kommune", "fylkeskommune"]), default="kommune",
              show_default=True, help="Kommune (fast stilling) eller fylkeskommune (åremål).")
@lang_option
def example(kind: str, lang: str):
    """Skriv ut en komplett, kommentert eksempelfil som kan fylles ut (--lang nn: på nynorsk)."""
    from agreements import generate, resources

    name = generate.example_name(kind, "nn" if lang == "nn" else "nb")
    click.echo(resources.example(name).read_text(encoding="utf-8"), nl=False)


MINUTES_HELP = """Referat fra den årlige utviklingssamtalen og lønnssamtalen.

\b
Slik bruker HR det:
  agreements minutes example > referat.yaml
  agreements minutes generate referat.yaml --agreement avtale.yaml -o referat.docx
  agreements minutes generate --blank -o tom-mal.docx
  agreements minutes next referat.yaml -o referat-neste-år.yaml
  agreements check --kind minutes referat.docx
"""


@cli.group(cls=_HelpGroup, help=MINUTES_HELP, epilog=EXIT_CODES)
def minutes():
    pass


@minutes.command("generate", epilog=EXIT_CODES)
@click.argument("input_file", metavar="INNDATA", required=False, type=click.Path(path_type=str))
@click.option("-o", "--output", "output", required=True, metavar="UT.docx", help="Referatet som skal lages (.docx).")
@click.option("--agreement", metavar="AVTALE.yaml", type=click.Path(path_type=str),
              help="Hent arbeidsgiver, kommunedirektør, organ og lønn fra inndata til arbeidsavtalen.")
@click.option("--blank", is_flag=True, help="Tom mal med struktur og veiledning, uten inndata (--lang nn: nynorsk).")
@click.option("--kind", type=click.Choice(["kommune", "fylkeskommune"]), default="kommune", show_default=True,
              help="Type arbeidsgiver for den tomme malen (ord som ordfører/fylkesordfører).")
@click.option("--salary-talk", is_flag=True, help="Ta med lønnssamtalen (KS' kriterier, lønn og utfall).")
@click.option("--pdf", "with_pdf", is_flag=True, help="Lag også en PDF med LibreOffice.")
@click.option("--force", is_flag=True, help="Erstatt utfiler som finnes fra før.")
@lang_option
def minutes_generate(input_file, output, agreement, blank, kind, salary_talk, with_pdf, force, lang):
    """Lag referatet (eller en tom mal med --blank)."""
    from agreements import generate as pipeline
    from agreements import messages

    if blank == (input_file is not None):
        raise click.UsageError(messages.text("minutes_input_or_blank", lang))
    made = pipeline.generate_minutes(input_file, output, agreement, salary_talk, kind, with_pdf, force,
                                     form="nn" if lang == "nn" else "nb")
    _written(made, output, with_pdf, lang)


@minutes.command("validate", epilog=EXIT_CODES)
@click.argument("input_file", metavar="INNDATA", type=click.Path(path_type=str))
@click.option("--agreement", metavar="AVTALE.yaml", type=click.Path(path_type=str),
              help="Hent felles opplysninger fra inndata til arbeidsavtalen.")
@click.option("--strict", is_flag=True, help="Regn advarsler (KS-anbefalinger) som feil.")
@lang_option
def minutes_validate(input_file, agreement, strict, lang):
    """Kontroller inndata til et referat og vis alle feil og advarsler."""
    from agreements import generate as pipeline

    _validation_report(pipeline.validate_minutes_file(input_file, agreement), input_file, strict, lang)


@minutes.command("next", epilog=EXIT_CODES)
@click.argument("previous", metavar="FORRIGE.yaml", type=click.Path(path_type=str))
@click.option("-o", "--output", "output", required=True, metavar="NESTE.yaml", help="Inndata for neste år.")
@click.option("--force", is_flag=True, help="Erstatt filen om den finnes.")
@lang_option
def minutes_next(previous, output, force, lang):
    """Lag neste års inndata: fjorårets nye mål flyttes til «oppnådde resultater»."""
    from agreements import generate as pipeline
    from agreements import messages

    checked = pipeline.next_minutes(previous, output, force)
    _say(checked.problems, lang, err=True)
    click.echo(messages.text("wrote_file", lang, file=str(Path(output).resolve())))


@minutes.command("example")
@lang_option
def minutes_example(lang: str):
    """Skriv ut en komplett, kommentert eksempelfil for et referat (--lang nn: på nynorsk)."""
    from agreements import generate, resources

    name = generate.example_name("minutes", "nn" if lang == "nn" else "nb")
    click.echo(resources.example(name).read_text(encoding="utf-8"), nl=False)


def main() -> None:
    """Console entry point: click's usage errors get a Norwegian frame (exit code 2)."""
    try:
        code = cli.main(prog_name="agreements", standalone_mode=False)
    except click.UsageError as exc:
        from agreements import messages

        lang = os.environ.get("AGREEMENTS_LANG") if os.environ.get("AGREEMENTS_LANG") in LANGUAGES else "nb"
        if exc.ctx is not None:
            click.echo(exc.ctx.get_usage(), err=True)
        command = exc.ctx.command_path if exc.ctx is not None else "agreements"
        click.echo(messages.text("usage_error", lang, detail=exc.format_message(), command=command),
                   err=True)
        sys.exit(int(ExitCode.USAGE))
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Avbrutt.", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
