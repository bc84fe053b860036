// query() against an independent implementation: test/query/crosscheck/query.py, pandas on
// Debian's Python over the raw JSON. Skipped with a notice without pandas, except under CI.
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { query } from '../../src/query/query.js';
import type { QueryOptions } from '../../src/query/query-options.js';
import { hasRealData, realFile, root } from '../support/real-data.js';
import { SAMPLE } from '../support/sample.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(root, 'test/query/crosscheck/query.py');

const hasPandas: boolean = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    const why = `${PYTHON} cannot import pandas (install python3-pandas)`;
    if (process.env.CI) throw new Error(`${why}; CI needs it`);
    console.warn(`notice: skipping the pandas query cross-check: ${why}`);
    return false;
  }
})();

// Every ordering field both ways with several page cuts, each filter, and searches.
const FIELDS = ['flights_count', 'id', 'mission_ends_count', 'time_docked', 'time_in_space'];
const CASES: QueryOptions[] = [
  {},
  ...FIELDS.flatMap((f) => [
    { ordering: f, limit: 100 },
    { ordering: `-${f}`, limit: 100 },
    { ordering: `-${f}`, limit: 3, offset: 2 },
  ]),
  { ordering: 'flights_count,-time_in_space', limit: 100 },
  { ordering: '-time_docked,mission_ends_count', limit: 100 },
  { search: 'Endeavour' },
  { search: 'dragon crew' },
  { search: 'crew,2', ordering: '-id' },
  { search: 'SOYUZ', limit: 100 },
  { search: 'ship 3' },
  { is_placeholder: true },
  { is_placeholder: false, limit: 100 },
  { in_space: true, ordering: '-time_in_space' },
  { in_space: false, status: 4, limit: 100 },
  { status: 1, spacecraft_config: 6 },
  { spacecraft_config: 1 },
  { name: 'Ship 37' },
  { name: 'ship 37' },
  { offset: 30 },
  { limit: 150 },
];

const FILES = [
  'll2-2.3.0-lldev-spacecraft_flights-normal-38.json',
  'll2-2.2.0-lldev-spacecraft-list-page1-2022.json',
];

describe.skipIf(!hasRealData || !hasPandas)('query against pandas', () => {
  const inputs = [...FILES.map(realFile), SAMPLE];
  let expected: Record<string, { count: number; ids: number[] }[]> = {};

  // One Python process for every file: most of its time is importing pandas.
  beforeAll(async () => {
    const run = promisify(execFile);
    const { stdout } = await run(PYTHON, [SCRIPT, JSON.stringify(CASES), ...inputs]);
    expected = JSON.parse(stdout) as typeof expected;
  });

  for (const input of inputs) {
    const file = path.basename(input);
    test(`query(spacecraft, options) agrees with pandas on ${file} for ${CASES.length} queries`, async () => {
      const { spacecraft } = await load(input);
      const answers = expected[file] ?? [];
      expect(answers).toHaveLength(CASES.length);
      CASES.forEach((options, i) => {
        const result = query(spacecraft, options);
        const actual = { count: result.count, ids: result.results.array('id') };
        expect(actual, JSON.stringify(options)).toEqual(answers[i]);
      });
    });
  }
});
