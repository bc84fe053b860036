// The benchmark in quick mode, as CI runs it: it must still work and write RESULTS.md. No
// timing is asserted (benchmarks are not tests); what is checked is that every comparison
// is in the document, that scaled data is labelled as such, that the kit's results agreed
// with pandas' and DuckDB's, and that the document is formatted.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, root } from '../support/real-data.js';

const run = promisify(execFile);
const out = mkdtempSync(path.join(os.tmpdir(), 'bench-quick-'));
let results = '';

describe.skipIf(!hasRealData)('node bench/run.js --quick', () => {
  beforeAll(async () => {
    const args = ['bench/run.js', '--quick', '--runs', '1', '--out', out];
    await run(process.execPath, args, { cwd: root, timeout: 170_000 });
    results = readFileSync(path.join(out, 'RESULTS.md'), 'utf8');
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('node bench/run.js --quick --out DIR writes RESULTS.md with the machine and versions', () => {
    for (const heading of ['## Machine and versions', '## Summary', '## What limits the kit']) {
      expect(results).toContain(heading);
    }
    expect(results).toMatch(/\| load average \(1, 5, 15 min\) at start \| \d/);
    expect(results).toMatch(/\| DuckDB +\| v\d/);
    expect(results).toMatch(/\| Python, pandas, NumPy +\| 3\.\d+\.\d+, \d/);
  });

  it('node bench/run.js --quick names every comparison in the summary', () => {
    const rows = [
      'load and convert 1k spacecraft against `JSON.parse`',
      'the same load held to one thread (`parallel: false`) against the floor',
      'peak memory of that load against the input size',
      'whole pipeline, 1k spacecraft and 10 flights, against pandas',
      'spacecraft by agency, in memory, against DuckDB',
      'spacecraft by configuration, in memory, against DuckDB',
      'spacecraft by decade of first flight, in memory, against DuckDB',
      'flights by decade, in memory, against DuckDB',
      'the main job on the bundled sample',
      'notebook kernel start to first chart',
    ];
    for (const row of rows) expect(results).toMatch(new RegExp(`^\\| ${escape(row)}`, 'm'));
  });

  it('node bench/run.js --quick labels the inputs as scaled data and says it is quick', () => {
    expect(results).toContain('## Inputs: scaled data, not real records');
    expect(results).toContain('**Quick mode**');
  });

  it('node bench/run.js --quick finds the same results as pandas and DuckDB', () => {
    const verdicts = [...results.matchAll(/\| (yes|\*\*no\*\*[^|]*?) *\|$/gm)].map((m) => m[1]);
    // One verdict per pipeline size (1) and per aggregate (4).
    expect(verdicts).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
  });

  it('node bench/run.js --quick writes RESULTS.md as Prettier formats it', async () => {
    const file = path.join(root, 'bench/RESULTS.md');
    const config = (await prettier.resolveConfig(file)) ?? {};
    const ok = await prettier.check(results, { ...config, parser: 'markdown' });
    expect(ok).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
