"""The agreements command line: thin click commands over the library, and the only place that prints."""

from __future__ import annotations

import functools
import io
import os
import sys
import traceback
from pathlib import Path
from typing import NoReturn

import click

from agreements import clitext
from agreements.kinds import KINDS
from agreements.problems import AgreementsError, ExitCode

E = ExitCode
ANY = (E.OK, E.USAGE, E.INTERNAL, E.CLOSED_PIPE)  # codes every command can give
DOCX = (E.NOT_DOCX, E.LEGACY_DOC, E.ENCRYPTED, E.DAMAGED, E.TOO_LARGE, E.UNSAFE_XML, E.EMPTY_DOCUMENT,
        E.TIME_LIMIT)

option = functools.partial(click.option, cls=clitext.Option)  # help and metavar are message codes
argument = functools.partial(click.argument, cls=clitext.Argument)
# A file name only: click checks nothing (its readable check made an unreadable file a usage
# error, code 2); agreements opens the file itself and says what is wrong with it (code 3)
FILE = click.Path(readable=False, path_type=str)


def _set_lang(_ctx: click.Context, _param, value: str) -> str:
    clitext.use(value)
    return value


lang_option = option(
    "--lang", type=click.Choice(clitext.LANGUAGES), default=clitext.current, callback=_set_lang,
    is_eager=True, help="help_lang",
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


class _Group(clitext.Group):
    """The whole command line: chooses the language first, turns library errors into messages and
    exit codes; no traceback reaches a user."""

    group_class = clitext.Group

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        if parent is None:
            clitext.use(clitext.language_of(args))
            clitext.translate_click()
        try:
            return super().make_context(info_name, args, parent, **extra)
        except BrokenPipeError:  # --help into a closed pipe
            _closed_pipe()

    def invoke(self, ctx: click.Context):
        try:
            return self._invoke_reporting(ctx)
        except BrokenPipeError:  # also while reporting an error below
            _closed_pipe()

    def _invoke_reporting(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AgreementsError as exc:
            lang = clitext.current()
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
            click.echo(messages.text("internal_error", clitext.current(),
                                     detail=type(exc).__name__), err=True)
            sys.exit(int(ExitCode.INTERNAL))


@click.group("agreements", cls=_Group, help="help_cli", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agreements", message="agreements %(version)s", cls=clitext.Option,
                      help="help_version")
@lang_option
def cli(lang: str):
    pass


# Each command declares the exit codes it can give, once; its --help lists them from the tables.

template_option = option("--template", metavar="metavar_template", type=FILE, help="help_template")


@cli.command(help="help_validate", exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.TEMPLATE) + DOCX)
@argument("input_file", metavar="metavar_input", type=FILE)
@option("--strict", is_flag=True, help="help_strict")
@template_option
@lang_option
def validate(input_file: str, strict: bool, template: str | None, lang: str):
    from agreements import generate

    _validation_report(generate.validate_file(input_file, template), input_file, strict, lang)


@cli.command(help="help_generate", exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.OUTPUT, E.PDF, E.TEMPLATE) + DOCX)
@argument("input_files", nargs=-1, required=True, metavar="metavar_input",
          type=FILE)
@option("-o", "--output", "output", required=True, metavar="metavar_output_docx_or_dir",
        help="help_generate_output")
@option("--pdf", "with_pdf", is_flag=True, help="help_pdf")
@option("--force", is_flag=True, help="help_force")
@option("--batch", is_flag=True, help="help_batch")
@option("--jobs", type=click.IntRange(1, 64), default=None, metavar="metavar_jobs", help="help_batch_jobs")
@template_option
@lang_option
def generate(input_files, output: str, with_pdf: bool, force: bool, batch: bool, jobs, template: str | None,
             lang: str):
    from agreements import generate as pipeline
    from agreements import messages

    if batch:
        _batch(input_files, output, force, jobs or os.cpu_count() or 1, template, lang)
        return
    if len(input_files) != 1:
        raise click.UsageError(messages.text("batch_one_input", lang))
    made = pipeline.generate(input_files[0], output, with_pdf=with_pdf, force=force, template=template)
    _written(made, output, with_pdf, lang)


def _batch(inputs, outdir: str, force: bool, jobs: int, template: str | None, lang: str) -> None:
    from agreements import generate as pipeline
    from agreements import messages

    sources = pipeline.prepare_batch(inputs, outdir)  # refusals come before the progress bar
    with click.progressbar(length=len(sources), label=messages.text("batch_progress", lang),
                           file=sys.stderr) as bar:
        results = pipeline.generate_batch(inputs, outdir, jobs, force, progress=lambda: bar.update(1),
                                          template=template)
    for result in results:
        if not result.ok or result.problems:
            click.echo(messages.text("batch_failed_file", lang, file=result.source), err=True)
            _say(result.problems, lang, err=True)
    failed = [r for r in results if not r.ok]
    warnings = sum(len(r.problems) for r in results if r.ok)
    click.echo(messages.text("batch_summary", lang, made=len(results) - len(failed), failed=len(failed),
                             warnings=warnings, dir=str(Path(outdir).resolve())))
    sys.exit(max((r.exit_code for r in failed), default=0))


@cli.command("check", help="help_check", exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.OUTPUT) + DOCX)
@argument("files", nargs=-1, required=True, metavar="metavar_docx", type=FILE)
@option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True,
        help="help_check_format")
@option("--strict", is_flag=True, help="help_check_strict")
@option("--kind", type=click.Choice(KINDS), default="agreement", show_default=True,
        help="help_check_kind")
@option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, metavar="metavar_jobs",
        help="help_check_jobs")
@option("--annotate", "annotate_to", metavar="metavar_annotated", type=FILE, help="help_check_annotate")
@option("--suggest", is_flag=True, help="help_check_suggest")
@option("--force", is_flag=True, help="help_check_force")
@lang_option
def check_command(files: tuple[str, ...], fmt: str, strict: bool, kind: str, jobs: int, annotate_to: str | None,
                  suggest: bool, force: bool, lang: str):
    import json

    from agreements import checker, messages, report

    if annotate_to is not None:
        outcomes = [_annotated_copy(files, annotate_to, kind, suggest, force, lang)]
    else:
        if suggest:
            raise click.UsageError(messages.text("check_suggest_needs_annotate", lang))
        outcomes = checker.check_many(files, kind, jobs)
    worst = 0
    shown = []
    for number, (name, outcome) in enumerate(zip(files, outcomes)):
        try:
            if isinstance(outcome, AgreementsError):
                raise outcome
            result = outcome
        except AgreementsError as exc:
            worst = max(worst, int(exc.exit_code))
            if fmt == "json":
                data = {"file": name, "error": messages.error_data(exc, lang)}
                click.echo(json.dumps(data, ensure_ascii=False, indent=None if len(files) > 1 else 2))
            elif fmt == "html":
                shown.append((name, exc))
            else:
                _say(exc.problems, lang, err=True)
            continue
        if not result.passed(strict):
            worst = max(worst, int(ExitCode.INVALID))
        if fmt == "json":
            click.echo(json.dumps(report.as_data(result, lang, strict), ensure_ascii=False,
                                  indent=None if len(files) > 1 else 2))
        elif fmt == "html":
            shown.append((name, result))
        else:
            if number:
                click.echo()
            click.echo(report.as_text(result, lang, strict), nl=False)
    if fmt == "html":
        from agreements import htmlreport

        click.echo(htmlreport.page(shown, lang, strict, kind), nl=False)
    if annotate_to is not None and not isinstance(outcomes[0], AgreementsError):
        click.echo(messages.text("wrote_file", lang, file=str(Path(annotate_to).resolve())), err=True)
    sys.exit(worst)


def _annotated_copy(files, out: str, kind: str, suggest: bool, force: bool, lang: str):
    """Check the one draft of ``files`` and write its annotated copy to ``out`` (never over the
    draft, never over a file unless forced); the report, or the error the draft gives."""
    from agreements import annotate, checker, messages, output
    from agreements.problems import OutputRefused, error

    if len(files) != 1:
        raise click.UsageError(messages.text("check_annotate_one", lang))
    if suggest and kind != "agreement":
        raise click.UsageError(messages.text("check_suggest_agreements", lang))
    target, draft = Path(out), Path(files[0])
    if target.suffix.lower() != ".docx":
        raise OutputRefused(error("output_suffix", file=out))
    if target.resolve() == draft.resolve() or (target.exists() and draft.exists() and target.samefile(draft)):
        raise OutputRefused(error("output_is_input", file=out))
    output.check_target(target, force)
    try:
        data = checker.read_docx(draft)
        with checker.time_limit(checker.TIME_LIMIT * 2, files[0]):
            result = checker.check_bytes(data, files[0], kind)
            copy = annotate.annotate(data, files[0], result, lang, suggest)
    except AgreementsError as exc:
        return exc
    output.write_all({target: copy}, force)
    return result


@cli.command("lint-template", help="help_lint",
             exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.TEMPLATE) + DOCX)
@argument("templates", nargs=-1, metavar="metavar_template", type=FILE)
@option("--kind", type=click.Choice(KINDS), default="agreement", show_default=True,
        help="help_lint_kind")
@lang_option
def lint_template(templates: tuple[str, ...], kind: str, lang: str):
    from agreements import checker, generate, lint, messages, minutes, resources

    worst = 0
    jobs = [(name, kind) for name in templates] or \
        [(name, "agreement") for name in generate.TEMPLATES.values()] + \
        [(name, "minutes") for name in minutes.TEMPLATES.values()]
    for name, kind in jobs:
        try:
            data = checker.read_docx(name) if templates else resources.template(name).read_bytes()
            with checker.time_limit(checker.TIME_LIMIT, name):
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


@cli.command(help="help_example", exit_codes=ANY + (E.OUTPUT,))
@option("--kind", type=click.Choice(["kommune", "fylkeskommune"]), default="kommune", show_default=True,
        help="help_example_kind")
@option("-o", "--output", "output", metavar="metavar_file", help="help_example_output")
@option("--force", is_flag=True, help="help_force")
@lang_option
def example(kind: str, output: str | None, force: bool, lang: str):
    from agreements import generate

    _example(generate.example_name(kind, "nn" if lang == "nn" else "nb"), output, force, lang)


def _example(name: str, output: str | None, force: bool, lang: str) -> None:
    """Print a bundled example, or with -o save it like generate saves (never over a file unless forced)."""
    from agreements import generate, messages, resources

    if output is None:
        click.echo(resources.example(name).read_text(encoding="utf-8"), nl=False)
        return
    generate.write_example(name, output, force)
    click.echo(messages.text("wrote_file", lang, file=str(Path(output).resolve())))


@cli.command(help="help_extract", exit_codes=ANY + (E.UNREADABLE, E.OUTPUT) + DOCX)
@argument("draft", metavar="metavar_docx_one", type=FILE)
@option("-o", "--output", "output", required=True, metavar="metavar_file", help="help_extract_output")
@option("--force", is_flag=True, help="help_force")
@lang_option
def extract(draft: str, output: str, force: bool, lang: str):
    from agreements import checker, messages, output as files
    from agreements import extract as extracting

    text, todos = extracting.extract_bytes(checker.read_docx(draft), draft, lang)
    files.write_all({Path(output): text.encode("utf-8")}, force)
    click.echo(messages.text("wrote_file", lang, file=str(Path(output).resolve())))
    click.echo(messages.text("extract_summary", lang, count=len(todos), file=output))


@cli.group(help="help_minutes")
@lang_option
def minutes(lang: str):
    pass


@minutes.command("generate", help="help_minutes_generate",
                 exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.OUTPUT, E.PDF, E.TEMPLATE) + DOCX)
@argument("input_file", metavar="metavar_input", required=False, type=FILE)
@option("-o", "--output", "output", required=True, metavar="metavar_output_docx", help="help_minutes_output")
@option("--agreement", metavar="metavar_agreement_input", type=FILE,
        help="help_minutes_agreement")
@option("--blank", is_flag=True, help="help_minutes_blank")
@option("--kind", type=click.Choice(["kommune", "fylkeskommune"]), default="kommune", show_default=True,
        help="help_minutes_kind")
@option("--salary-talk", is_flag=True, help="help_minutes_salary_talk")
@option("--pdf", "with_pdf", is_flag=True, help="help_pdf")
@option("--force", is_flag=True, help="help_force")
@template_option
@lang_option
def minutes_generate(input_file, output, agreement, blank, kind, salary_talk, with_pdf, force, template, lang):
    from agreements import generate as pipeline
    from agreements import messages

    if blank == (input_file is not None):
        raise click.UsageError(messages.text("minutes_input_or_blank", lang))
    made = pipeline.generate_minutes(input_file, output, agreement, salary_talk, kind, with_pdf, force,
                                     form="nn" if lang == "nn" else "nb", template=template)
    _written(made, output, with_pdf, lang)


@minutes.command("validate", help="help_minutes_validate", exit_codes=ANY + (E.INVALID, E.UNREADABLE))
@argument("input_file", metavar="metavar_input", type=FILE)
@option("--agreement", metavar="metavar_agreement_input", type=FILE,
        help="help_minutes_agreement")
@option("--strict", is_flag=True, help="help_strict")
@lang_option
def minutes_validate(input_file, agreement, strict, lang):
    from agreements import generate as pipeline

    _validation_report(pipeline.validate_minutes_file(input_file, agreement), input_file, strict, lang)


@minutes.command("next", help="help_minutes_next", exit_codes=ANY + (E.INVALID, E.UNREADABLE, E.OUTPUT))
@argument("previous", metavar="metavar_previous", type=FILE)
@option("-o", "--output", "output", required=True, metavar="metavar_next", help="help_minutes_next_output")
@option("--force", is_flag=True, help="help_force")
@lang_option
def minutes_next(previous, output, force, lang):
    from agreements import generate as pipeline
    from agreements import messages

    checked = pipeline.next_minutes(previous, output, force)
    _say(checked.problems, lang, err=True)
    click.echo(messages.text("wrote_file", lang, file=str(Path(output).resolve())))


@minutes.command("example", help="help_minutes_example", exit_codes=ANY + (E.OUTPUT,))
@option("-o", "--output", "output", metavar="metavar_file", help="help_example_output")
@option("--force", is_flag=True, help="help_force")
@lang_option
def minutes_example(output: str | None, force: bool, lang: str):
    from agreements import generate

    _example(generate.example_name("minutes", "nn" if lang == "nn" else "nb"), output, force, lang)


@cli.group("template", help="help_template_group")
@lang_option
def template_group(lang: str):
    pass


@template_group.command("init", help="help_template_init", exit_codes=ANY + (E.OUTPUT,))
@option("-o", "--output", "output", required=True, metavar="metavar_template", help="help_template_init_output")
@option("--kind", type=click.Choice(KINDS), default="agreement", show_default=True, help="help_template_kind")
@option("--force", is_flag=True, help="help_force")
@lang_option
def template_init(output: str, kind: str, force: bool, lang: str):
    from agreements import messages, output as files, owntemplates
    from agreements.problems import OutputRefused, error

    out = Path(output)
    if out.suffix.lower() != ".docx":
        raise OutputRefused(error("output_suffix", file=output))
    files.write_all({out: owntemplates.starting_point(kind, "nn" if lang == "nn" else "nb")}, force)
    click.echo(messages.text("wrote_file", lang, file=str(out.resolve())))


@template_group.command("dump", help="help_template_dump", exit_codes=ANY + (E.UNREADABLE, E.OUTPUT) + DOCX)
@argument("template", metavar="metavar_template", type=FILE)
@option("-o", "--output", "output", metavar="metavar_file", help="help_template_dump_output")
@option("--force", is_flag=True, help="help_force")
@lang_option
def template_dump(template: str, output: str | None, force: bool, lang: str):
    from agreements import checker, messages, output as files, wordxml

    text = wordxml.outline(checker.read_docx(template), template)
    if output is None:
        click.echo(text, nl=False)
        return
    files.write_all({Path(output): text.encode("utf-8")}, force)
    click.echo(messages.text("wrote_file", lang, file=str(Path(output).resolve())))


@cli.command(help="help_serve", exit_codes=ANY)
@option("--host", default="127.0.0.1", show_default=True, metavar="metavar_host", help="help_serve_host")
@option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, metavar="metavar_port",
        help="help_serve_port")
@option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, metavar="metavar_jobs",
        help="help_serve_workers")
@option("--jobs", type=click.IntRange(1, 64), default=None, metavar="metavar_jobs", help="help_serve_jobs")
@lang_option
def serve(host: str, port: int, workers: int, jobs, lang: str):
    import socket

    import uvicorn

    from agreements import messages
    from agreements.web.app import JOBS_VARIABLE

    try:  # a clear word now, rather than uvicorn's log line after start-up
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise click.UsageError(messages.text("serve_address_unusable", lang, host=host, port=port,
                                             detail=exc.strerror or str(exc)))
    if jobs:
        os.environ[JOBS_VARIABLE] = str(jobs)
    shown = f"[{host}]" if ":" in host else host
    click.echo(messages.text("serve_open", lang, url=f"http://{shown}:{port}/"), err=True)
    uvicorn.run("agreements.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                server_header=False, proxy_headers=True, log_level="info")


def main() -> None:
    """Console entry point: click's usage errors get a frame in the message language (exit code 2)."""
    try:
        code = cli.main(prog_name="agreements", standalone_mode=False)
    except click.UsageError as exc:
        from agreements import messages

        if exc.ctx is not None:
            click.echo(exc.ctx.get_usage(), err=True)
        command = exc.ctx.command_path if exc.ctx is not None else "agreements"
        click.echo(messages.text("usage_error", clitext.current(), detail=exc.format_message(),
                                 command=command), err=True)
        sys.exit(int(ExitCode.USAGE))
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo(clitext.text("click_aborted"), err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
