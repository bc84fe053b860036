// load() with a second thread reading the later files (`parallel: true`) against the same
// load on one thread (`parallel: false`): the tables, the report and the skipped records
// must be the same, with `readThreads` 2 against 1. The single-thread load is held to hand
// values by the other load tests; the facts checked here besides (rows, which copy is
// kept, what is skipped) are counted by hand from the files this test writes.
//
// The worker is built JavaScript, so this test runs the built kit (dist/, which the test
// command builds first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as KitSource from '../../src/index.js';
import { hasRealData, realDataDir, root } from '../support/real-data.js';

type Kit = typeof KitSource;
type Loaded = Awaited<ReturnType<Kit['load']>>;

const SAMPLE = path.join(
  root,
  'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json',
);
const records = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { results: Record<string, unknown>[] })
  .results;
// The sample's ten spacecraft, each copied under a new id (its id plus `offset`).
const renumbered = (offset: number): Record<string, unknown>[] =>
  records.map((record) => ({ ...record, id: (record.id as number) + offset }));
const page = (results: unknown[]) => JSON.stringify({ count: results.length, results });

let kit: Kit;
let folder: string;

beforeAll(async () => {
  kit = (await import(pathToFileURL(path.join(root, 'dist/index.js')).href)) as Kit;
  folder = mkdtempSync(path.join(tmpdir(), 'parallel-load-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Writes files into a new folder under the temporary one; returns its path.
function write(name: string, files: Record<string, string>): string {
  const dir = path.join(folder, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), text, { flag: 'w' });
  }
  return dir;
}

// A folder of four pages: 24 distinct spacecraft, three records skipped, id 536 read twice.
function mixedFolder(): string {
  const second = renumbered(1000);
  second[3] = { ...second[3], time_in_space: 'P1Y' }; // id 1481; years are refused: skipped
  const third = renumbered(2000)
    .slice(0, 2)
    .map((r) => JSON.stringify(r));
  third.splice(1, 0, '{"id": 2999, "url": '); // not JSON: skipped
  const fourth = renumbered(3000).slice(0, 4);
  fourth[1] = { ...fourth[1], status: 'Active' }; // id 3513; not an object: skipped
  fourth.push({ ...records[0], name: 'Renamed copy' }); // id 536 again, read last
  return write('mixed', {
    'page-1.json': page(records),
    'page-2.json': page(second),
    'page-3.ndjson': third.join('\n'),
    'page-4.json': page(fourth),
  });
}

// Loads on one thread and on two; checks that they agree and returns the two-thread result.
async function bothWays(input: string, options = {}): Promise<Loaded> {
  const heard: [unknown[], unknown[]] = [[], []];
  const one = await kit.load(input, {
    ...options,
    parallel: false,
    onSkip: (s) => heard[0].push(s),
  });
  const two = await kit.load(input, {
    ...options,
    parallel: true,
    onSkip: (s) => heard[1].push(s),
  });
  expect(one.report.readThreads).toBe(1);
  expect(two.report.readThreads).toBe(2);
  for (const name of ['spacecraft', 'flights', 'astronauts', 'configurations'] as const) {
    expect(two[name].columnNames()).toEqual(one[name].columnNames());
    expect(two[name].objects()).toEqual(one[name].objects());
  }
  expect({ ...two.report, readThreads: 1 }).toEqual(one.report);
  expect(heard[1]).toEqual(heard[0]);
  expect(heard[1]).toEqual(two.report.skipped);
  return two;
}

// The error a load throws.
async function failure(input: string, options: object): Promise<Error> {
  try {
    await kit.load(input, options);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the load did not fail');
}

describe('load with a second reading thread', () => {
  test('gives the tables and report of a load on one thread', async () => {
    const two = await bothWays(mixedFolder());
    // 10 + 9 + 2 + 3 new ids; the copy of 536 in the last page is kept (read last).
    expect(two.spacecraft.numRows()).toBe(24);
    const rows = two.spacecraft.objects() as Record<string, unknown>[];
    const kept = rows.find((row) => row.id === 536);
    expect(kept?.name).toBe('Renamed copy');
    expect(kept?.source_file).toBe(path.join(folder, 'mixed', 'page-4.json'));
    expect(two.report.tables.spacecraft).toEqual({
      rows: 24,
      mergedCopies: 1,
      differingIds: [536],
    });
    expect(two.report.skipped.map((s) => [path.basename(s.file), s.recordId, s.field])).toEqual([
      ['page-2.json', 1481, 'time_in_space'],
      ['page-3.ndjson', 'line 2', null],
      ['page-4.json', 3513, 'status'],
    ]);
  });

  test('throws, in strict mode, the fault a load on one thread throws', async () => {
    const dir = mixedFolder();
    rmSync(path.join(dir, 'page-2.json'));
    rmSync(path.join(dir, 'page-3.ndjson'));
    // Page 1 (the first thread's) is sound; the fault is in page 4, read by the second.
    const one = await failure(dir, { strict: true, parallel: false });
    const two = await failure(dir, { strict: true, parallel: true });
    expect(one.name).toBe('InputError');
    expect(two.name).toBe('InputError');
    expect(two.message).toBe(one.message);
    expect((two as { place?: unknown }).place).toEqual((one as { place?: unknown }).place);
    expect((two as { place?: unknown }).place).toEqual({
      file: path.join(dir, 'page-4.json'),
      recordId: 3513,
      field: 'status',
    });
  });

  test('stops on a file the second thread cannot parse, as one thread does', async () => {
    const dir = write('broken', { 'a.json': page(records), 'b.json': '{"results": [' });
    const one = await failure(dir, { parallel: false });
    const two = await failure(dir, { parallel: true });
    expect(two.name).toBe('InputError');
    expect(two.message).toBe(one.message);
    expect(two.message).toContain(path.join(dir, 'b.json'));
  });

  test('tells of the skipped records read before a fault in the second thread', async () => {
    const second = renumbered(1000);
    second[3] = { ...second[3], time_in_space: 'P1Y' }; // id 1481: skipped
    const dir = write('skip-then-stop', {
      'a.json': page(renumbered(0)),
      'b.json': page(second),
      'c.json': '{"results": [',
    });
    const heard: [unknown[], unknown[]] = [[], []];
    const one = await failure(dir, { parallel: false, onSkip: (s: unknown) => heard[0].push(s) });
    const two = await failure(dir, { parallel: true, onSkip: (s: unknown) => heard[1].push(s) });
    expect(two.message).toBe(one.message);
    expect(two.message).toContain(path.join(dir, 'c.json'));
    expect(heard[1]).toEqual(heard[0]);
    expect(heard[1].map((s) => (s as { recordId: unknown }).recordId)).toEqual([1481]);
  });

  test('names a file it cannot even look at as one thread does (a link to itself)', async () => {
    const dir = write('loop', { 'a.json': page(records) });
    symlinkSync('z.json', path.join(dir, 'z.json'));
    const one = await failure(dir, { parallel: false });
    for (const parallel of [true, undefined]) {
      const two = await failure(dir, { parallel });
      expect(two.name).toBe('InputError');
      expect(two.message).toBe(one.message);
    }
    expect(one.message).toContain('ELOOP');
  });

  test('passes on a bug in the second thread as one error of its kind, not a stack', async () => {
    // A hook makes Array.prototype.includes throw a TypeError for the version '9.9.9', which
    // only the second file's record has: the loader checks the versions seen with includes.
    // The child runs code given with --input-type=module, which a worker must not inherit.
    const dir = write('bug', {
      'a.json': page(records),
      'b.json': page([{ ...records[0], url: 'https://ll.thespacedevs.com/9.9.9/spacecraft/5/' }]),
    });
    const hook = path.join(folder, 'bug-hook.mjs');
    writeFileSync(
      hook,
      `const includes = Array.prototype.includes;
Array.prototype.includes = function (x, ...rest) {
  if (x === '9.9.9') throw new TypeError('simulated bug');
  return includes.call(this, x, ...rest);
};`,
    );
    const kitUrl = pathToFileURL(path.join(root, 'dist/index.js')).href;
    const script = `import { load } from ${JSON.stringify(kitUrl)};
try { await load(${JSON.stringify(dir)}, { parallel: true }); console.log('loaded'); }
catch (error) { console.log(JSON.stringify({ name: error.name, message: error.message })); }`;
    const child = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(hook).href, '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(child.stdout)).toEqual({ name: 'TypeError', message: 'simulated bug' });
  });

  test.skipIf(!hasRealData)('gives the same result on the real LL2 files', async () => {
    const two = await bothWays(realDataDir);
    expect(two.report.files.length).toBeGreaterThan(2);
  });

  test('reads on one thread a single file, parsed JSON, or a small input unless asked', async () => {
    expect((await kit.load(SAMPLE, { parallel: true })).report.readThreads).toBe(1);
    const parsed = { json: JSON.parse(readFileSync(SAMPLE, 'utf8')) as unknown };
    expect((await kit.load(parsed, { parallel: true })).report.readThreads).toBe(1);
    // A folder of two small files: one thread unless asked with true (null from JavaScript
    // is not true).
    const dir = write('small', { 'a.json': page(records), 'b.json': page(renumbered(1000)) });
    const asNull = { parallel: null } as unknown as { parallel: boolean };
    expect((await kit.load(dir, asNull)).report.readThreads).toBe(1);
    expect((await kit.load(dir)).report.readThreads).toBe(1);
  });
});
