#!/usr/bin/python3
"""Execute Jupyter notebooks headlessly on the repo's tslab kernel and report the result.

Run it with Debian's Python (/usr/bin/python3), normally through scripts/notebooks/run.sh,
which puts node_modules/.bin on PATH and sets JUPYTER_PATH to <repo>/.jupyter so that the
kernel name `tslab` resolves to .jupyter/kernels/tslab/kernel.json.

Steps, for each notebook and each environment variant:
  1. start a tslab kernel whose working directory is the notebook's folder;
  2. run the code cells in order, stopping at the first that fails;
  3. write the executed notebook into the output folder;
  4. print PASS or FAIL with the timings, and for a failure the cell and its error text.
A cell fails when the kernel replies with an error, when it has an output of type `error`,
when it writes error text to stderr (tslab reports errors only there), or when its charts
are not whole: each output holding a chart type must hold the whole chart bundle
(CHART_BUNDLE, with a Vega-Lite v5 `$schema`), and a cell must show at least one such
bundle for each `showChart(` call in its source. At the end the
runner prints `N passed, N failed` alone on a line, writes summary.json into the output
folder, and exits non-zero when anything failed or no notebook ran.
"""

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
KERNEL_NAME = "tslab"
CHART_MIME_TYPES = ("image/svg+xml", "application/vnd.vegalite.v5+json")
# What the kit's showChart shows as one output, and the schema its Vega-Lite spec names.
CHART_BUNDLE = ("application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain")
VEGA_LITE_V5_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
CHART_CALL = re.compile(r"\bshowChart\s*\(")

# Text on stderr that means a failure: `Error:`/`TypeError` and friends, tslab's own reports
# of uncaught exceptions and rejections, and its TypeScript diagnostics (`1:7 - message`).
STDERR_ERROR = re.compile(
    r"Error\b|UncaughtException|UnhandledPromiseRejection|^\s*\d+:\d+ - ", re.MULTILINE
)


@dataclass
class Failure:
    """Where a notebook failed and the text that tells why."""

    cell_index: int | None
    source: str
    messages: list[str]


@dataclass
class Result:
    """The outcome and timings of one notebook run, as written to summary.json."""

    notebook: str
    env: dict[str, str]
    output: str
    passed: bool = False
    kernel_ready_s: float | None = None
    first_output_s: float | None = None
    first_chart_s: float | None = None
    total_s: float | None = None
    charts: int = 0
    failure: Failure | None = None


class TimedClient(NotebookClient):
    """A NotebookClient that notes when the first output and the first chart arrive."""

    def __init__(self, nb, **kw):
        super().__init__(nb, **kw)
        self.first_output_at: float | None = None
        self.first_chart_at: float | None = None

    def output(self, outs, msg, display_id, cell_index):
        out = super().output(outs, msg, display_id, cell_index)
        now = time.monotonic()
        if out is not None and self.first_output_at is None:
            self.first_output_at = now
        data = (out or {}).get("data", {})
        if self.first_chart_at is None and any(m in data for m in CHART_MIME_TYPES):
            self.first_chart_at = now
        return out


# ---------------------------------------------------------------- command line


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "paths", nargs="*", type=Path, help="notebooks or folders (default: notebooks/)"
    )
    parser.add_argument(
        "--out", type=Path, help="folder for executed notebooks (default: a new temp folder)"
    )
    parser.add_argument("--timeout", type=int, default=120, help="seconds per cell (120)")
    parser.add_argument(
        "--startup-timeout", type=int, default=60, help="seconds for the kernel to start (60)"
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set in the kernel's environment for every run (repeatable)",
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="KEY=VALUE[,KEY=VALUE]",
        help="run every notebook once more with these set as well (repeatable)",
    )
    return parser.parse_args(argv)


def parse_assignments(texts: list[str]) -> dict[str, str]:
    """Turn ['A=1', 'B=2,C=3'] into {'A': '1', 'B': '2', 'C': '3'}."""
    env: dict[str, str] = {}
    for text in texts:
        for item in text.split(","):
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise SystemExit(f"run-notebooks: expected KEY=VALUE, got {item!r}")
            env[key] = value
    return env


def env_variants(args: argparse.Namespace) -> list[dict[str, str]]:
    """The environments to run every notebook with: the base one, then one per --variant."""
    base = parse_assignments(args.env)
    return [base] + [{**base, **parse_assignments([v])} for v in args.variant]


def find_notebooks(paths: list[Path]) -> list[Path]:
    """The given notebooks, plus every notebook under the given folders, sorted."""
    found: list[Path] = []
    for path in paths or [REPO / "notebooks"]:
        if path.is_dir():
            found += [p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
        elif path.suffix == ".ipynb" and path.is_file():
            found.append(path)
        else:
            raise SystemExit(f"run-notebooks: not a notebook or folder: {path}")
    return sorted(p.resolve() for p in found)


def output_folder(requested: Path | None) -> Path:
    """The output folder, created; refuses the shared folder and any read-only folder."""
    out = (requested or Path(tempfile.mkdtemp(prefix="notebooks-"))).resolve()
    if out == SHARED.resolve() or SHARED.resolve() in out.parents:
        raise SystemExit(f"run-notebooks: refusing to write into {SHARED}: {out}")
    locked = read_only_ancestor(out)
    if locked:
        raise SystemExit(f"run-notebooks: refusing to write under read-only {locked}: {out}")
    out.mkdir(parents=True, exist_ok=True)
    return out


def read_only_ancestor(path: Path) -> Path | None:
    """The nearest existing folder at or above path that has no write bits (root ignores
    them, so honour them here: the shared folder is laid out read-only), or None."""
    for folder in [path, *path.parents]:
        if folder.is_dir():
            return folder if folder.stat().st_mode & 0o222 == 0 else None
    return None


# ---------------------------------------------------------------- checking cells


def error_texts(cell) -> list[str]:
    """The cell's outputs of type `error` and its stderr text that holds an error."""
    texts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            trace = "\n".join(out.get("traceback", []))
            texts.append(f"{out.get('ename')}: {out.get('evalue')}\n{trace}".rstrip())
    stderr = stderr_text(cell)
    if STDERR_ERROR.search(stderr):
        texts.append(f"stderr:\n{stderr.rstrip()}")
    return texts


def chart_problems(cell) -> list[str]:
    """Why the cell's chart outputs are not whole; empty when they are."""
    problems = []
    bundles = 0
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        if not any(m in data for m in CHART_MIME_TYPES):
            continue
        missing = [m for m in CHART_BUNDLE if m not in data]
        spec = data.get(CHART_BUNDLE[0])
        if missing:
            problems.append(f"a chart output lacks {', '.join(missing)}")
        elif not isinstance(spec, dict) or spec.get("$schema") != VEGA_LITE_V5_SCHEMA:
            problems.append(f"a chart output's Vega-Lite spec does not name {VEGA_LITE_V5_SCHEMA}")
        else:
            bundles += 1
    calls = len(CHART_CALL.findall(cell.source))
    if bundles < calls:
        problems.append(
            f"the cell calls showChart {calls} time(s) but shows {bundles} whole chart bundle(s)"
        )
    return problems


def chart_count(nb) -> int:
    """How many whole chart bundles the executed notebook holds."""
    return sum(
        1
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if all(m in out.get("data", {}) for m in CHART_BUNDLE)
    )


def stderr_text(cell) -> str:
    """Everything the cell wrote to stderr, joined."""
    outs = cell.get("outputs", [])
    return "".join(o.get("text", "") for o in outs if o.get("name") == "stderr")


def kernel_error_reason(error: CellExecutionError) -> str:
    """Why the kernel said the cell failed; tslab names nothing, its text is on stderr."""
    last = (str(error).strip().splitlines() or [""])[-1]
    if last.startswith("<Error>"):
        return "the kernel replied with an error (details on stderr)"
    return f"the kernel replied with an error: {last}"


def failure_for(cell, index: int, reason: str | None) -> Failure:
    """A Failure for this cell, with its stderr shown even when it has no error word."""
    messages = [reason] if reason else []
    messages += error_texts(cell)
    stderr = stderr_text(cell)
    if stderr and not any(m.startswith("stderr:") for m in messages):
        messages.append(f"stderr:\n{stderr.rstrip()}")
    return Failure(index, cell.source, messages)


# ---------------------------------------------------------------- running


async def run_cells(client: TimedClient, nb) -> Failure | None:
    """Run the code cells in order; return the first failure, or None."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        reason = None
        try:
            await client.async_execute_cell(
                cell, index, execution_count=client.code_cells_executed + 1
            )
        except CellTimeoutError:
            reason = f"the cell did not finish within {client.timeout} s"
        except DeadKernelError:
            reason = "the kernel died"
        except CellExecutionError as error:
            reason = kernel_error_reason(error)
        if reason or error_texts(cell):
            return failure_for(cell, index, reason)
        charts = chart_problems(cell)
        if charts:
            return Failure(index, cell.source, ["charts: " + "; ".join(charts)])
    return None


async def run_notebook(path: Path, env: dict[str, str], args, out_path: Path) -> Result:
    """Execute one notebook in a fresh kernel and write the executed copy to out_path."""
    result = Result(str(path), env, str(out_path))
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # not JSON, or not a notebook
        result.failure = Failure(None, "", [f"cannot read the notebook: {error}"])
        result.output = ""
        return result
    client = TimedClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=args.timeout,
        startup_timeout=args.startup_timeout,
        resources={"metadata": {"path": str(path.parent)}},
    )
    await execute(client, nb, {**os.environ, **env}, result)
    result.passed = result.failure is None
    result.charts = chart_count(nb)
    nbformat.write(nb, out_path)
    return result


async def execute(client: TimedClient, nb, kernel_env: dict[str, str], result: Result) -> None:
    """Start the kernel, run the cells, and fill in the result's failure and timings."""
    started = time.monotonic()
    try:
        async with client.async_setup_kernel(env=kernel_env):
            result.kernel_ready_s = seconds_since(started, time.monotonic())
            result.failure = await run_cells(client, nb)
    except Exception as error:  # the kernel did not start, or stopped badly
        result.failure = Failure(None, "", [f"{type(error).__name__}: {error}"])
    result.total_s = seconds_since(started, time.monotonic())
    result.first_output_s = seconds_since(started, client.first_output_at)
    result.first_chart_s = seconds_since(started, client.first_chart_at)


def seconds_since(started: float, moment: float | None) -> float | None:
    return None if moment is None else round(moment - started, 3)


def output_path(out: Path, notebook: Path, run: int, taken: set[Path]) -> Path:
    """Where the executed copy goes: out/run-<n>/<name>.ipynb, made unique if need be."""
    folder = out / f"run-{run}"
    folder.mkdir(exist_ok=True)
    candidate = folder / notebook.name
    count = 1
    while candidate in taken:
        count += 1
        candidate = folder / f"{notebook.stem}-{count}{notebook.suffix}"
    taken.add(candidate)
    return candidate


# ---------------------------------------------------------------- reporting


def print_result(result: Result) -> None:
    """One line per notebook; for a failure, the cell, its source and its error text."""
    status = "PASS" if result.passed else "FAIL"
    env = " ".join(f"{k}={v}" for k, v in result.env.items())
    print(f"{status} {result.notebook}" + (f" [{env}]" if env else ""))
    print(
        f"  from kernel start: ready {fmt_seconds(result.kernel_ready_s)}, "
        f"first output {fmt_seconds(result.first_output_s)}, "
        f"first chart {fmt_seconds(result.first_chart_s)}, "
        f"total {fmt_seconds(result.total_s)}; {result.charts} chart bundle(s)"
    )
    if result.failure:
        print_failure(result.failure)
    if result.output:
        print(f"  executed copy: {result.output}")


def print_failure(failure: Failure) -> None:
    if failure.cell_index is None:
        print("  failed before any cell ran")
    else:
        print(f"  failed at cell {failure.cell_index}")
    if failure.source:
        print("  source:")
        print(indent(failure.source))
    for message in failure.messages:
        title, _, body = message.partition("\n")
        print(f"  {title}")
        if body:
            print(indent(body))


def fmt_seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def write_summary(out: Path, results: list[Result]) -> None:
    summary = {"notebooks": [asdict(r) for r in results]}
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")


async def main(argv: list[str]) -> int:
    args = parse_args(argv)
    notebooks = find_notebooks(args.paths)
    out = output_folder(args.out)
    if not notebooks:
        print("run-notebooks: no notebook found", file=sys.stderr)
    results: list[Result] = []
    taken: set[Path] = set()
    for run, env in enumerate(env_variants(args)):
        for notebook in notebooks:
            target = output_path(out, notebook, run, taken)
            result = await run_notebook(notebook, env, args, target)
            print_result(result)
            results.append(result)
    write_summary(out, results)
    passed = sum(r.passed for r in results)
    failed = len(results) - passed
    print(f"summary: {out / 'summary.json'}")
    print(f"{passed} passed, {failed} failed")
    return 0 if results and failed == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
