// Runs duration-to-seconds.test.ts again in child processes under other TZ settings: its
// hand-worked expectations must hold wherever the code runs. The child is a separate vitest
// run of that one file only, so it cannot start this file again (and a marker in its
// environment skips this file should it ever be included).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/real-data.js';

const run = promisify(execFile);
const FILE = 'test/duration/duration-to-seconds.test.ts';
const CHILD_MARK = 'SPACEFLIGHT_STATS_TZ_CHILD';
const ZONES = ['UTC', 'America/Los_Angeles'];

/** What a child run reported: its exit code and vitest's JSON report. */
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

// The parent's environment without vitest's own variables, which would make the child think
// it is a worker of this run.
function childEnv(zone: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && !key.startsWith('__VITEST')) env[key] = value;
  }
  return { ...env, TZ: zone, [CHILD_MARK]: '1' };
}

async function runChild(zone: string, dir: string): Promise<ChildRun> {
  const outputFile = path.join(dir, `${zone.replace('/', '-')}.json`);
  const args = ['vitest', 'run', FILE, '--reporter=json', `--outputFile=${outputFile}`];
  let code = 0;
  let output = '';
  try {
    const result = await run('npx', args, { cwd: root, env: childEnv(zone), timeout: 50_000 });
    output = result.stdout + result.stderr;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = typeof failed.code === 'number' ? failed.code : -1;
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  const report = JSON.parse(await readFile(outputFile, 'utf8')) as ChildRun['report'];
  return { code, output, report };
}

describe.skipIf(process.env[CHILD_MARK] === '1')('durations in other time zones', () => {
  let dir = '';
  const runs = new Map<string, ChildRun>();

  // Both children at once: each is mostly vitest starting up.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'duration-tz-'));
    const results = await Promise.all(ZONES.map((zone) => runChild(zone, dir)));
    ZONES.forEach((zone, index) => runs.set(zone, results[index] as ChildRun));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const zone of ZONES) {
    it(`durationToSeconds passes ${FILE} with TZ=${zone}`, () => {
      const child = runs.get(zone);
      expect(child, 'the child run did not report').toBeDefined();
      if (!child) return;
      expect(child.code, child.output).toBe(0);
      // Only the one file ran, all of it passed, and there was something to pass.
      expect(child.report.testResults.map((file) => path.relative(root, file.name))).toEqual([
        FILE,
      ]);
      expect(child.report.numFailedTests).toBe(0);
      expect(child.report.numPassedTests).toBe(child.report.numTotalTests);
      expect(child.report.numTotalTests).toBeGreaterThanOrEqual(30);
      // The worker really ran in that zone: some test names carry the zone the worker saw.
      const names = child.report.testResults.flatMap((file) =>
        file.assertionResults.map((test) => test.fullName),
      );
      expect(names.filter((name) => name.endsWith(` in ${zone}`)).length).toBeGreaterThan(0);
    });
  }
});
