// The headless notebook runner (scripts/notebooks/run.sh → run-notebooks.py) must fail loudly:
// a throwing cell makes it print the cell's source and the error text, and exit non-zero.
//
// It needs Jupyter's runner libraries in Debian's Python. Where they are missing the tests are
// skipped with a notice; when CI is set that is an error instead (run
// scripts/ensure-system-packages.sh first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runScript = path.join(root, 'scripts/notebooks/run.sh');
const message = 'runner test: deliberate failure';

/** True when /usr/bin/python3 can import what the runner needs; prints why not, or throws. */
const hasJupyter: boolean = (() => {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import nbclient, nbformat, jupyter_client']);
  if (probe.status === 0) return true;
  const why = '/usr/bin/python3 cannot import nbclient, nbformat and jupyter_client';
  const fix = 'run scripts/ensure-system-packages.sh';
  if (process.env.CI) throw new Error(`${why}; CI needs them: ${fix}`);
  console.warn(`notice: skipping the notebook runner tests: ${why} (${fix})`);
  return false;
})();

/** A tslab notebook (nbformat 4.4, so cells need no ids) with one code cell per source. */
function notebookJson(sources: string[]): string {
  const cells = sources.map((source) => ({
    cell_type: 'code',
    execution_count: null,
    metadata: {},
    outputs: [],
    source,
  }));
  const kernelspec = { name: 'tslab', display_name: 'TypeScript', language: 'typescript' };
  return JSON.stringify({ cells, metadata: { kernelspec }, nbformat: 4, nbformat_minor: 4 });
}

/** Runs run.sh on the given arguments without building the kit; returns status and stdout. */
function runNotebooks(
  args: string[],
  extraEnv: Record<string, string> = {},
): { status: number | null; stdout: string } {
  const env = { ...process.env, NOTEBOOKS_SKIP_BUILD: '1', ...extraEnv };
  const options = { env, encoding: 'utf8', timeout: 50_000 } as const;
  const result = spawnSync('bash', [runScript, ...args], options);
  return { status: result.status, stdout: result.stdout + result.stderr };
}

describe.skipIf(!hasJupyter)('scripts/notebooks/run.sh', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'notebook-runner-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run.sh bad.ipynb prints the failing cell, its error text and 0 passed, 1 failed', () => {
    const notebook = path.join(dir, 'bad.ipynb');
    const throwing = `throw new Error('${message}');`;
    writeFileSync(notebook, notebookJson(['const ok = 1;', throwing, 'console.log(ok);']));

    const { status, stdout } = runNotebooks([notebook, '--out', path.join(dir, 'out')]);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^0 passed, 1 failed$/m);
    expect(stdout).toContain('failed at cell 1');
    expect(stdout).toContain(throwing);
    expect(stdout).toContain(`Error: ${message}`);
  });

  it('run.sh fails a cell whose showChart call shows no whole chart bundle', () => {
    // A stand-in showChart that shows the SVG alone, as tslab's display.svg does: the
    // output lacks the Vega-Lite spec and the text, and the call shows no whole bundle.
    const notebook = path.join(dir, 'partial-chart.ipynb');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';
    const cell =
      "import * as tslab from 'tslab';\n" +
      'const showChart = (svg: string) => tslab.display.svg(svg);\n' +
      `showChart('${svg}');`;
    writeFileSync(notebook, notebookJson([cell]));

    const { status, stdout } = runNotebooks([notebook, '--out', path.join(dir, 'out-chart')]);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^0 passed, 1 failed$/m);
    expect(stdout).toContain('failed at cell 0');
    expect(stdout).toContain('a chart output lacks application/vnd.vegalite.v5+json, text/plain');
    expect(stdout).toContain('calls showChart 1 time(s) but shows 0 whole chart bundle(s)');
  });

  it('run.sh --with-real-data without the folder skips that run with a notice', () => {
    const empty = mkdtempSync(path.join(dir, 'no-real-'));
    const env = { SPACEFLIGHT_STATS_REAL_DATA: path.join(dir, 'missing'), CI: '' };

    const { stdout } = runNotebooks([empty, '--with-real-data', '--out', empty], env);

    expect(stdout).toContain('notice: skipping the notebook runs on real data');
    expect(stdout).toMatch(/^0 passed, 0 failed$/m);
  });

  it('run.sh --with-real-data without the folder fails under CI before running anything', () => {
    const empty = mkdtempSync(path.join(dir, 'no-real-ci-'));
    const env = { SPACEFLIGHT_STATS_REAL_DATA: path.join(dir, 'missing'), CI: 'true' };

    const { status, stdout } = runNotebooks([empty, '--with-real-data', '--out', empty], env);

    expect(status).toBe(1);
    expect(stdout).toContain('CI needs it');
    expect(stdout).not.toMatch(/passed, \d+ failed/);
  });

  it('run.sh on a folder without notebooks exits 1 with 0 passed, 0 failed', () => {
    const empty = mkdtempSync(path.join(dir, 'empty-'));

    const { status, stdout } = runNotebooks([empty, '--out', path.join(dir, 'out-empty')]);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^0 passed, 0 failed$/m);
  });
});
