"""Command line -> vnhealth: build the book, run one unit, extract and evaluate figures, list parameters.

Every command validates its input first and reports a bad one in one message (what, where, hint), exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import VnHealthError

def template_parameters(path: Path | None = None) -> dict[str, tuple[str, str, str]]:
    """The template's parameters as papermill infers them: name -> (type, default, help)."""
    from papermill.inspection import inspect_notebook

    from .build import PROVINCE_TEMPLATE

    found = inspect_notebook(str(path or PROVINCE_TEMPLATE))
    return {name: (p["inferred_type_name"], p["default"], p["help"]) for name, p in found.items()}


def parse_parameters(pairs: list[list[str]]) -> dict:
    """``-p NAME VALUE`` pairs -> validated parameters; unknown names and bad values are refused."""
    from .analysis import validate_year

    known = template_parameters()
    params = {}
    for name, value in pairs:
        if name not in known:
            raise VnHealthError(f"unknown parameter {name!r}", f"the template takes: {', '.join(known)}")
        params[name] = value
    if "year" in params:
        params["year"] = validate_year(params["year"])
    return params


def _cmd_build(args) -> int:
    from .build import build

    report = build(norm_set=args.norm_set, lang=args.lang, jobs=args.jobs, force=args.force, dry_run=args.dry_run,
                   scheduler=args.scheduler, publish_partial=args.publish_partial, geography=args.geography)
    return 1 if report.failed else 0


def safe_output(requested: str | None, default_name: str) -> Path:
    """Where `vnhealth run` writes its notebook: inside the project's _build/runs/, never elsewhere."""
    from . import REPO_ROOT

    runs = (REPO_ROOT / "_build" / "runs").resolve()
    if not requested:
        return runs / default_name
    candidate = Path(requested)
    target = (candidate if candidate.is_absolute() else runs / candidate).resolve()
    if candidate.is_absolute() or runs not in target.parents or target.suffix != ".ipynb":
        raise VnHealthError(f"parameter --output: {requested!r} is outside {runs} or not an .ipynb name",
                            "give a file name such as ca-mau.ipynb; it is written to _build/runs/")
    return target


def _cmd_run(args) -> int:
    """Re-execute one unit with new parameters and put the page into the book."""
    from .analysis import DEFAULT_NORM_SET, province_page
    from .build import PROVINCE_TEMPLATE, build_book, execute_notebook, finish_page, short_error, unit_page_path
    from .textnorm import slugify

    params = parse_parameters(args.p or [])
    if args.norm_set:
        params["norm_set"] = args.norm_set
    params["province"] = args.unit
    page = province_page(province=args.unit, norm_set=params.get("norm_set", DEFAULT_NORM_SET),
                         year=params.get("year"), lang=params.get("lang", "en"),
                         geography=params.get("geography", "2025"), indicator=params.get("indicator"))  # validates all
    params["province"] = str(page.unit.code)
    output = safe_output(args.output, f"{slugify(page.unit.name)}.ipynb")
    output.parent.mkdir(parents=True, exist_ok=True)
    print(f"vnhealth run: {page.unit.name} with {json.dumps(params, ensure_ascii=False)}")
    try:
        seconds = execute_notebook(str(PROVINCE_TEMPLATE), str(output), params)
    except Exception as exc:  # noqa: BLE001
        raise VnHealthError(f"{page.unit.name}: the notebook failed: {short_error(exc)}", f"see {output}") from None
    print(f"  ran {seconds:.1f}s -> {output}")
    if not args.no_book:
        finish_page(output, unit_page_path(page.registry, page.geography, page.unit.code), page.unit.name, page.lang)
        print(f"  book: _build/html ({build_book():.1f}s)")
    return 0


def _cmd_params(args) -> int:
    for name, (kind, default, help_) in template_parameters().items():
        print(f"{name}: {kind} (default {default})\n    {help_}")
    return 0


def _cmd_extract(args) -> int:
    import csv

    from .extract import COLUMNS
    from .evaluate import extract_paths

    df = extract_paths([Path(p) for p in args.paths])
    if args.format == "json":
        records = json.loads(df.to_json(orient="records", force_ascii=False))
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        df[COLUMNS].to_csv(sys.stdout, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return 0


def _cmd_evaluate(args) -> int:
    from .evaluate import evaluate, extract_paths, format_report, read_gold

    gold = read_gold(Path(args.gold))
    extracted = extract_paths([Path(p) for p in args.paths])
    print(format_report(evaluate(gold, extracted, listed_only=args.listed_only)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnhealth",
        description="Vietnam's provincial health indicators: sources -> figures -> province notebooks -> Jupyter Book.",
        epilog="Every command takes --help. Data live in data/; the book is written to _build/html/.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="execute the province notebooks and build the whole book")
    p.add_argument("--norm-set", default="NQ20-2017", help="norm set id (data/reference/norm_sets.csv)")
    p.add_argument("--lang", default="en", help="language of the book: en or vi")
    p.add_argument("--geography", default="2025", help="map: 2025 (34 units, default) or pre2025 (63 provinces)")
    p.add_argument("--jobs", type=int, default=None, help="parallel notebook runs (default: number of cores)")
    p.add_argument("--force", action="store_true", help="re-execute every notebook, ignoring the cache")
    p.add_argument("--dry-run", action="store_true", help="list what would execute and why, run nothing")
    p.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT", help="run notebooks on a Dask cluster")
    p.add_argument("--publish-partial", action="store_true",
                   help="replace _build/html even when a unit failed (its page then shows a notice)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("run", help="re-execute one unit with new parameters and put its page into the book")
    p.add_argument("unit", help="unit name, alias or code, old or new (e.g. \"Cà Mau\", \"Hậu Giang\", 92)")
    p.add_argument("-p", nargs=2, action="append", metavar=("NAME", "VALUE"), help="a template parameter (see `vnhealth params`)")
    p.add_argument("--norm-set", default=None, help="shortcut for -p norm_set ID")
    p.add_argument("--output", default=None, help="where to write the executed notebook")
    p.add_argument("--no-book", action="store_true", help="only execute the notebook, do not rebuild the book")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("params", help="list the province template's parameters (type, default, help)")
    p.set_defaults(func=_cmd_params)

    p = sub.add_parser("extract", help="extract health figures from source files or folders to stdout")
    p.add_argument("paths", nargs="+", help="*.txt / *.md files or folders (walked recursively)")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="precision and recall of the extractor against a gold CSV")
    p.add_argument("gold", help="gold CSV (columns as in tests/seeds_gold.csv)")
    p.add_argument("paths", nargs="+", help="source files or folders")
    p.add_argument("--listed-only", action="store_true", help="count only the listed indicator ids, not other:*")
    p.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except VnHealthError as exc:
        print(f"vnhealth {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"vnhealth {args.command}: interrupted; the previous book and data are untouched", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
