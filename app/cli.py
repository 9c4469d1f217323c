"""The `parallax` command: thin wrappers over the services."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from sqlmodel import Session

from app.config import LOOPBACK_HOSTS, Settings
from app.db import make_engine

if TYPE_CHECKING:
    from app.services.importer import ImportReport

ROOT = Path(__file__).resolve().parent.parent

cli = typer.Typer(
    help="Parallax: how different news outlets cover the same story.", no_args_is_help=True
)
db_cli = typer.Typer(help="Database maintenance.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")


def main() -> None:
    cli()


@cli.callback()
def _configure_analysis() -> None:
    """Parallax: how different news outlets cover the same story."""
    from pydantic import ValidationError

    from app.services.analysis import ConfigurationError, configure

    try:
        configure(Settings())
    except (ConfigurationError, ValidationError) as exc:
        typer.echo(f"Parallax cannot start: {exc}", err=True)
        raise typer.Exit(2) from exc


def _engine(settings: Settings | None = None):  # type: ignore[no-untyped-def]
    return make_engine(settings or Settings())


def migrate(settings: Settings) -> None:
    """Bring the database schema to the newest migration (alembic upgrade head)."""
    from alembic import command
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = settings.database_url
    config.attributes["configure_logger"] = False
    command.upgrade(config, "head")


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Apply all migrations to the configured database."""
    settings = Settings()
    migrate(settings)
    typer.echo(f"Database is up to date: {settings.database_url}")


@db_cli.command("backup")
def db_backup(
    path: Annotated[Path, typer.Argument(help="Where to write the copy (a new SQLite file).")],
) -> None:
    """Make a consistent copy of the live SQLite database (online backup; writers may continue)."""
    from app.services.maintenance import BackupError, backup_sqlite

    try:
        pages = backup_sqlite(Settings(), path)
    except BackupError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"Backed up {pages} pages to {path}")


@cli.command()
def demo(
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Only when no story exists yet.")
    ] = False,
) -> None:
    """Load the built-in demo story (two outlets' reports of one event)."""
    from app.services.demo import load_demo

    settings = Settings()
    migrate(settings)
    with Session(_engine(settings)) as session:
        story = load_demo(session, only_if_empty=if_empty)
    if story is None:
        typer.echo("The database already has stories; demo not loaded.")
    else:
        typer.echo(f"Loaded the demo story {story.id}: {story.title}")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    allow_public: Annotated[
        bool, typer.Option("--allow-public", help="Bind a public address even in open mode.")
    ] = False,
) -> None:
    """Migrate, load the demo story into an empty database, and serve."""
    import uvicorn

    from app.services.demo import load_demo

    settings = Settings()
    if settings.open_mode and host not in LOOPBACK_HOSTS and not allow_public:
        typer.echo(
            f"Refusing to serve on {host} in open mode: anyone could change the data. "
            "Set PARALLAX_API_TOKEN, bind 127.0.0.1, or pass --allow-public.",
            err=True,
        )
        raise typer.Exit(2)
    migrate(settings)
    with Session(_engine(settings)) as session:
        story = load_demo(session, only_if_empty=True)
    if story is not None:
        typer.echo(f"Loaded the demo story: {story.title}")
    typer.echo(f"Parallax is serving on http://{host}:{port}")
    if workers > 1:
        uvicorn.run("app.main:app", host=host, port=port, workers=workers, log_level="warning")
    else:
        from app.main import create_app

        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@cli.command()
def reanalyse(
    story: Annotated[
        int | None, typer.Option("--story", help="Only this story (default: every story).")
    ] = None,
) -> None:
    """Analyse stored articles again (after switching PARALLAX_ATTRIBUTION_NETWORK, or an
    upgrade) and recompute their stories' comparisons."""
    from app.services.errors import NotFound
    from app.services.reanalysis import reanalyse as run

    settings = Settings()
    migrate(settings)
    with Session(_engine(settings)) as session:
        try:
            done = run(session, story, on_story=lambda sid: typer.echo(f"story {sid} done"))
        except NotFound as exc:
            typer.echo(exc.message, err=True)
            raise typer.Exit(1) from exc
    articles = f"{done.articles} article{'s' * (done.articles != 1)}"
    stories = f"{done.stories} stor{'ies' if done.stories != 1 else 'y'}"
    typer.echo(
        f"Analysed {articles} in {stories} again with the {done.tagger} tagger: "
        f"{done.changed} of {done.statements} statements changed."
    )


# --- import ----------------------------------------------------------------------


@cli.command("import")
def import_(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (.txt .html .json .jsonl).", exists=True)
    ],
    story: Annotated[
        int | None, typer.Option("--story", help="Add everything to this story.")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Outlet for items that name none.")
    ] = None,
    batch: Annotated[
        int, typer.Option("--batch", min=1, help="Recompute touched stories every N articles.")
    ] = 1000,
) -> None:
    """Import articles; a bad item is reported and skipped, the rest go in. Re-run to resume."""
    from app.services import importer

    settings = Settings()
    migrate(settings)
    files = list(importer.collect(paths))
    with Session(_engine(settings)) as session, _progress() as progress:
        task = progress.add_task("Importing", total=importer.estimate(files))
        report = importer.import_paths(
            session,
            paths,
            story_id=story,
            fallback_outlet=outlet,
            batch_size=batch,
            progress=lambda _outcome: progress.advance(task),
        )
    _print_report(report)


def _progress():  # type: ignore[no-untyped-def]
    """A progress bar with count, rate and time remaining (on stderr, so stdout stays the report)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


def _rate_column_class():  # type: ignore[no-untyped-def]
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Articles per second, averaged by rich over the last half minute."""

        def render(self, task):  # type: ignore[no-untyped-def]
            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f}/s" if speed else "    -/s", style="progress.data.speed")

    return RateColumn


def _RateColumn():  # type: ignore[no-untyped-def]  # noqa: N802
    return _rate_column_class()()


def _print_report(report: ImportReport) -> None:
    typer.echo(report.summary)
    for bad in report.failed:
        typer.echo(f"  {bad.origin}: {bad.reason}", err=True)
    if report.failed:
        raise typer.Exit(1)


@cli.command("import-feed")
def import_feed(
    source: Annotated[str, typer.Argument(help="A feed's URL, or a saved RSS/Atom file.")],
    story: Annotated[
        int | None, typer.Option("--story", help="Add every item to this story.")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="The outlet of every item.")
    ] = None,
) -> None:
    """Import an RSS or Atom feed: full text when the feed has it, else each item's page."""
    from app.services.errors import ServiceError
    from app.services.feeds import import_feed as run

    settings = Settings()
    migrate(settings)
    with Session(_engine(settings)) as session:
        try:
            report = run(session, settings, source, story_id=story, outlet=outlet)
        except ServiceError as exc:
            typer.echo(exc.message, err=True)
            raise typer.Exit(1) from exc
    for item in report.items:
        name = item.link or item.title or "(an item without link or title)"
        line = f"{item.status:<8} {name}: {item.message}"
        typer.echo(line, err=item.status == "failed")
    typer.echo(report.summary)
    if report.count("failed"):
        raise typer.Exit(1)


# --- evaluation ------------------------------------------------------------------

eval_cli = typer.Typer(
    help="Score the product's own components on labelled data (formats in eval/README.md).",
    no_args_is_help=True,
)
cli.add_typer(eval_cli, name="eval")

PredictionsOpt = Annotated[
    Path | None, typer.Option("--predictions", help="Also write every decision here (JSONL).")
]


@eval_cli.command("msrp")
def eval_msrp(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    predictions: PredictionsOpt = None,
) -> None:
    """Same-statement decision on MSRP pairs: precision, recall, F1, accuracy."""
    from app.evaluation.msrp import evaluate_msrp

    typer.echo(json.dumps(evaluate_msrp(file, predictions)))


@eval_cli.command("polnear")
def eval_polnear(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False)],
    predictions: PredictionsOpt = None,
) -> None:
    """Attribution spans (source, cue, content) on PolNeAR brat files."""
    from app.evaluation.polnear import evaluate_polnear

    typer.echo(json.dumps(evaluate_polnear(directory, predictions)))


@eval_cli.command("ecbplus")
def eval_ecbplus(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False)],
    predictions: PredictionsOpt = None,
) -> None:
    """Multi-article alignment and story matching on ECB+ sub-topics."""
    from app.evaluation.ecbplus import evaluate_ecbplus

    typer.echo(json.dumps(evaluate_ecbplus(directory, predictions)))


@eval_cli.command("fnc1")
def eval_fnc1(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False)],
    predictions: PredictionsOpt = None,
) -> None:
    """Conflict detection on FNC-1 headline/body pairs: disagree vs agree (a dev signal)."""
    from app.evaluation.fnc1 import evaluate_fnc1

    try:
        result = evaluate_fnc1(directory, predictions)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(result))


# --- benchmark -------------------------------------------------------------------


@cli.command()
def bench(
    sizes: Annotated[
        str, typer.Option(help="Story sizes in articles, comma-separated.")
    ] = "10,50,200",
    archive: Annotated[
        int, typer.Option("--archive", help="Articles in the generated archive.")
    ] = 100_000,
    web_seconds: Annotated[
        float, typer.Option("--web-seconds", help="Load time per web path.")
    ] = 10.0,
    sections: Annotated[
        str, typer.Option(help="Which sections, comma-separated.")
    ] = "align,upload,archive,web",
    quick: Annotated[
        bool, typer.Option("--quick", help="Tiny sizes, tiny archive, 1 s of web load.")
    ] = False,
    table: Annotated[bool, typer.Option("--table", help="Also print a readable table.")] = False,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Where the generated archive is cached.")
    ] = None,
) -> None:
    """Performance benchmark; prints one JSON object (the last line of output)."""
    from app import bench as bench_mod

    chosen = tuple(s.strip() for s in sections.split(",") if s.strip())
    unknown = set(chosen) - {"align", "upload", "archive", "web"}
    if unknown:
        raise typer.BadParameter(
            f"unknown section(s): {', '.join(sorted(unknown))}", param_hint="--sections"
        )
    try:
        size_list = tuple(int(s) for s in sizes.split(",") if s.strip())
    except ValueError:
        raise typer.BadParameter(
            "give whole numbers, e.g. 10,50,200", param_hint="--sizes"
        ) from None
    if not size_list or min(size_list) < 1:
        raise typer.BadParameter("give at least one size of 1 or more", param_hint="--sizes")
    extra: dict[str, Any] = {"sections": chosen, "log": lambda line: typer.echo(line, err=True)}
    if cache_dir is not None:
        extra["cache_dir"] = cache_dir
    if quick:
        opts = bench_mod.Options.quick(**extra)
    else:
        opts = bench_mod.Options(sizes=size_list, archive=archive, web_seconds=web_seconds, **extra)
    result = bench_mod.run(opts)
    if table:
        typer.echo(bench_mod.table(result))
    typer.echo(json.dumps(result))


if __name__ == "__main__":
    main()
