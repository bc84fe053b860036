// Runs the statistics and query tests again in child processes under four TZ settings: their
// hand-worked and pandas-checked expectations must hold wherever the code runs. Each child
// is a vitest run of the listed files only, which do not include this one (and a marker in
// its environment skips this file should it ever be included).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/real-data.js';

const run = promisify(execFile);
const CHILD_MARK = 'SPACEFLIGHT_STATS_TZ_CHILD';
const THIS_FILE = 'test/stats/time-zones.test.ts';
// Each zone and its offset from UTC at 1969-12-31T23:30Z, in minutes east. Pacific/Chatham
// (+12:45) and Asia/Kolkata (+5:30) put that instant in 1970 locally; Los Angeles is behind.
const ZONES: Record<string, number> = {
  UTC: 0,
  'America/Los_Angeles': -480,
  'Asia/Kolkata': 330,
  'Pacific/Chatham': 765,
};

interface ChildRun {
  code: number;
  output: string;
  report: {
    numTotalTests: number;
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  };
}

// The query's pandas cross-check reads no dates, and is the slowest file: left out.
const LEFT_OUT = [THIS_FILE, 'test/query/crosscheck.test.ts'];

// The test files of test/stats and test/query, without those left out.
async function childFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ['test/stats', 'test/query']) {
    for (const name of await readdir(path.join(root, dir))) {
      const file = `${dir}/${name}`;
      if (name.endsWith('.test.ts') && !LEFT_OUT.includes(file)) files.push(file);
    }
  }
  return files.sort();
}

// The parent's environment without vitest's own variables, which would make the child think
// it is a worker of this run.
function childEnv(zone: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && !key.startsWith('__VITEST')) env[key] = value;
  }
  return { ...env, TZ: zone, [CHILD_MARK]: '1' };
}

async function runChild(zone: string, files: string[], dir: string): Promise<ChildRun> {
  const outputFile = path.join(dir, `${zone.replace('/', '-')}.json`);
  const args = ['vitest', 'run', ...files, '--maxWorkers=1', '--no-isolate', '--reporter=json'];
  let code = 0;
  let output = '';
  try {
    const options = { cwd: root, env: childEnv(zone), timeout: 240_000 };
    const result = await run('npx', [...args, `--outputFile=${outputFile}`], options);
    output = result.stdout + result.stderr;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = typeof failed.code === 'number' ? failed.code : -1;
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  const report = JSON.parse(await readFile(outputFile, 'utf8')) as ChildRun['report'];
  return { code, output, report };
}

describe.skipIf(process.env[CHILD_MARK] === '1')('statistics in other time zones', () => {
  let dir = '';
  let files: string[] = [];
  const runs = new Map<string, ChildRun>();

  // All four children at once, one worker each, sharing modules across files (--no-isolate:
  // the tests are pure), which halves the CPU time; most of a run is vitest starting up.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'stats-tz-'));
    files = await childFiles();
    const zones = Object.keys(ZONES);
    const results = await Promise.all(zones.map((zone) => runChild(zone, files, dir)));
    zones.forEach((zone, index) => runs.set(zone, results[index] as ChildRun));
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const [zone, offset] of Object.entries(ZONES)) {
    it(`the stats and query tests pass with TZ=${zone}`, () => {
      const child = runs.get(zone);
      expect(child, 'the child run did not report').toBeDefined();
      if (!child) return;
      expect(child.code, child.output).toBe(0);
      // Exactly the listed files ran, all passed, none was skipped.
      const ran = child.report.testResults.map((file) => path.relative(root, file.name));
      expect(ran.sort()).toEqual(files);
      expect(child.report.numFailedTests).toBe(0);
      expect(child.report.numPassedTests).toBe(child.report.numTotalTests);
      expect(child.report.numTotalTests).toBeGreaterThanOrEqual(50);
      // The worker really ran in that zone: a test name carries the local offset it saw.
      const names = child.report.testResults.flatMap((file) =>
        file.assertionResults.map((test) => test.fullName),
      );
      expect(names.some((name) => name.endsWith(`at local offset ${offset} min`))).toBe(true);
    });
  }
});
