// The aggregates against an independent implementation: test/stats/crosscheck/aggregates.py,
// pandas on Debian's Python, which reads the raw JSON and converts durations itself. Every
// figure of every group must agree to a relative error of 1e-9.
//
// Without pandas at /usr/bin/python3 the test is skipped with a notice, except under CI,
// where that is a failure (scripts/ensure-system-packages.sh installs python3-pandas).
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { astronautTime } from '../../src/stats/astronaut-time.js';
import { consistencyChecks } from '../../src/stats/consistency-checks.js';
import { flightStats } from '../../src/stats/flight-stats.js';
import { flightsByDecade } from '../../src/stats/flights-by-decade.js';
import { reuseStats } from '../../src/stats/reuse-stats.js';
import { summarizeSpacecraft } from '../../src/stats/summarize-spacecraft.js';
import { timeInSpace } from '../../src/stats/time-in-space.js';
import { hasRealData, realDataDir, realFile, root } from '../support/real-data.js';
import { SAMPLE } from '../support/sample.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(root, 'test/stats/crosscheck/aggregates.py');
const RELATIVE_ERROR = 1e-9;

const hasPandas: boolean = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    const why = `${PYTHON} cannot import pandas (install python3-pandas)`;
    if (process.env.CI) throw new Error(`${why}; CI needs it`);
    console.warn(`notice: skipping the pandas cross-check: ${why}`);
    return false;
  }
})();

// Every real spacecraft, flights and astronaut file, and the bundled sample.
const REAL_FILES = [
  'll2-2.3.0-lldev-spacecraft_flights-normal-38.json',
  'll2-2.2.0-lldev-spacecraft-list-page1-2022.json',
  'll2-2.2.0-lldev-spacecraft-3-detail-with-flights-2022.json',
];
const ASTRONAUT_FILE = 'll2-2.2.0-lldev-astronauts-normal-846.json';
const SPACECRAFT_BY = [
  'agency',
  'spacecraft_config',
  'spacecraft_config_type',
  'status',
  'decade',
] as const;

type Row = Record<string, unknown>;
type PyFile = Record<string, unknown> & {
  time_in_space?: Record<string, Row[]>;
  flight_stats?: Record<string, Row[]>;
  reuse_stats?: Record<string, Row[]>;
  summarize?: Record<string, Row[]>;
  consistency?: Row[];
  flights_by_decade?: { rows: Row[]; planned: number; undated: number };
  astronaut_time?: Record<string, Row[]>;
};

/** Equal within the relative error for numbers, equal otherwise; null only matches null. */
function expectSameRow(kit: Row, py: Row, where: string): void {
  for (const [column, expected] of Object.entries(py)) {
    const actual = kit[column];
    const at = `${where}, column ${column}`;
    if (typeof expected === 'number' && typeof actual === 'number') {
      const scale = Math.max(Math.abs(expected), Math.abs(actual));
      expect(Math.abs(actual - expected), at).toBeLessThanOrEqual(RELATIVE_ERROR * scale);
    } else expect(actual, at).toEqual(expected);
  }
}

/** Same groups (by id) and, group by group, the same figures. */
function expectSameGroups(kit: ColumnTable, py: Row[], where: string): void {
  const key = (row: Row) => JSON.stringify(row.group_id);
  const kitRows = new Map((kit.objects() as Row[]).map((row) => [key(row), row]));
  expect([...kitRows.keys()].sort(), `${where}: groups`).toEqual(py.map(key).sort());
  for (const row of py) {
    expectSameRow(kitRows.get(key(row)) as Row, row, `${where}, group ${key(row)}`);
  }
}

describe.skipIf(!hasRealData || !hasPandas)('aggregates against pandas', () => {
  const files = [...REAL_FILES.map(realFile), SAMPLE, realFile(ASTRONAUT_FILE)];
  let py: Record<string, PyFile> = {};

  beforeAll(async () => {
    const run = promisify(execFile);
    const { stdout } = await run(PYTHON, [SCRIPT, ...files], { maxBuffer: 64 << 20 });
    py = JSON.parse(stdout) as Record<string, PyFile>;
  });

  test('the cross-check covers every real spacecraft, flights and astronaut file', () => {
    const real = readdirSync(realDataDir).filter(
      (name) => /spacecraft|astronaut/.test(name) && !/config/.test(name) && name.endsWith('.json'),
    );
    expect(real.sort()).toEqual([...REAL_FILES, ASTRONAUT_FILE].sort());
  });

  for (const file of [...REAL_FILES, path.basename(SAMPLE)]) {
    test(`timeInSpace, flightStats, reuseStats and summarizeSpacecraft agree on ${file}`, async () => {
      const loaded = await load(file === path.basename(SAMPLE) ? SAMPLE : realFile(file));
      const expected = py[file] as PyFile;
      expect(loaded.spacecraft.numRows()).toBe(expected.spacecraft_rows);
      expect(loaded.flights.numRows()).toBe(expected.flight_rows);
      for (const by of SPACECRAFT_BY) {
        const where = (name: string) => `${file}: ${name} by ${by}`;
        expectSameGroups(
          timeInSpace(loaded, { by }),
          expected.time_in_space?.[by] ?? [],
          where('timeInSpace'),
        );
        expectSameGroups(
          flightStats(loaded, { by }),
          expected.flight_stats?.[by] ?? [],
          where('flightStats'),
        );
        expectSameGroups(
          reuseStats(loaded, { by }),
          expected.reuse_stats?.[by] ?? [],
          where('reuseStats'),
        );
      }
      for (const by of ['agency', 'spacecraft_config', 'decade'] as const) {
        const rows = expected.summarize?.[by] ?? [];
        expectSameGroups(summarizeSpacecraft(loaded, { by }), rows, `${file}: summarize by ${by}`);
      }
    });

    test(`consistencyChecks and flightsByDecade agree on ${file}`, async () => {
      const loaded = await load(file === path.basename(SAMPLE) ? SAMPLE : realFile(file));
      const expected = py[file] as PyFile;
      const kitChecks = consistencyChecks(loaded).objects() as Row[];
      expect(kitChecks.length).toBe(expected.consistency?.length);
      kitChecks.forEach((row, i) =>
        expectSameRow(row, expected.consistency?.[i] ?? {}, `${file}: check ${i}`),
      );
      const decades = flightsByDecade(loaded.flights);
      expect(decades.table.objects()).toEqual(expected.flights_by_decade?.rows);
      expect([decades.planned, decades.undated]).toEqual([
        expected.flights_by_decade?.planned,
        expected.flights_by_decade?.undated,
      ]);
    });
  }

  test(`astronautTime agrees on ${ASTRONAUT_FILE}`, async () => {
    const { astronauts } = await load(realFile(ASTRONAUT_FILE));
    const expected = py[ASTRONAUT_FILE] as PyFile;
    expect(astronauts.numRows()).toBe(expected.astronaut_rows);
    for (const by of ['agency', 'nationality', 'decade'] as const) {
      const rows = expected.astronaut_time?.[by] ?? [];
      expectSameGroups(astronautTime(astronauts, { by }), rows, `astronautTime by ${by}`);
    }
  });
});

describe.skipIf(!hasPandas)('aggregates.py seconds()', () => {
  test("aggregates.py reads LL2 durations strictly: 'P1M' is refused, not a minute", () => {
    const program = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(path.dirname(SCRIPT))})`,
      'from aggregates import seconds',
      "print(seconds('P1DT2H3M4S'), seconds('-PT38M'), seconds('PT1.5S'), seconds(None))",
      "for bad in ('P1M', 'P1Y', 'P1W', 'P', 'PT', 'P1DT', '1D'):",
      '    try:',
      '        seconds(bad)',
      "        print('accepted', bad)",
      '    except ValueError:',
      '        pass',
    ].join('\n');
    const out = execFileSync(PYTHON, ['-c', program], { encoding: 'utf8' });
    // 86400 + 7200 + 180 + 4 = 93784; -38 * 60 = -2280
    expect(out.trim()).toBe('93784 -2280 1.5 None');
  });
});
