// `spaceflight-stats fetch` against a fault-injecting LL2 stand-in on 127.0.0.1: in-process
// with a fake clock (so waits cost nothing), and as a child process killed mid-crawl.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fetchCommand, type FetchCommandDeps } from '../../src/cli/fetch-command.js';
import { parseCommandLine } from '../../src/cli/parse-args.js';
import { fetchSnapshot } from '../../src/fetch/fetch-snapshot.js';
import { FETCH_ENDPOINTS } from '../../src/fetch/ll2-endpoints.js';
import { messages } from '../../src/messages.js';
import { hasRealData, root } from '../support/real-data.js';
import { runCli } from '../support/run-cli.js';
import { fakeClock } from '../fetch/support/fake-clock.js';
import {
  copyOf,
  realFlights,
  realSpacecraft,
  withCopies,
} from '../fetch/support/listing-records.js';
import { startLl2Server, type Ll2TestServer } from '../fetch/support/ll2-test-server.js';
import { allowLoopbackOnly } from '../fetch/support/loopback-only.js';
import {
  readSnapshotManifest,
  snapshotPageFiles,
  snapshotRecords,
  strayFiles,
} from '../fetch/support/snapshot-records.js';

allowLoopbackOnly();
const BIN = path.join(root, 'bin/spaceflight-stats.js');
// Where tests that stop before any request point the fetcher: nothing listens there, and it
// is this machine, so even a bug could not reach anything.
const NOWHERE = 'http://127.0.0.1:9';
const tempDir = () => mkdtemp(path.join(tmpdir(), 'sfs-fetch-cli-'));
const servers: Ll2TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

// Runs `fetch ...argv` in this process; returns what it printed (or the error).
async function fetchInProcess(argv: string[], deps: FetchCommandDeps = {}) {
  const lines: string[] = [];
  const withBase = argv.includes('--base-url') ? argv : [...argv, '--base-url', NOWHERE];
  const run = fetchCommand(parseCommandLine(['fetch', ...withBase]), (line) => lines.push(line), {
    clock: fakeClock(),
    random: () => 0.5,
    drawBar: null,
    env: {},
    ...deps,
  });
  const error = await run.then(
    () => null,
    (e: unknown) => e as Error,
  );
  return { lines, error };
}

describe('spaceflight-stats fetch: options', () => {
  test('fetch without --out stops before any request', async () => {
    const { error } = await fetchInProcess(['spacecraft']);
    expect(error?.message).toBe(messages.fetchOutRequired());
  });

  test('fetch of an unknown endpoint names the ones it knows', async () => {
    const { error } = await fetchInProcess(['launches', '--out', 'x']);
    expect(error?.message).toBe(messages.fetchUnknownEndpoint('launches', FETCH_ENDPOINTS));
  });

  test('fetch refuses the bundled data/ folder, also through a symbolic link', async () => {
    const viaDots = path.join(root, 'src', '..', 'data');
    const first = await fetchInProcess(['spacecraft', '--out', viaDots]);
    expect(first.error?.message).toBe(messages.fetchOutIsBundledData(viaDots));
    const link = path.join(await tempDir(), 'link');
    await symlink(path.join(root, 'data'), link);
    const inside = path.join(link, 'snap');
    const second = await fetchInProcess(['spacecraft', '--out', inside]);
    expect(second.error?.message).toBe(messages.fetchOutIsBundledData(inside));
    expect(existsSync(path.join(root, 'data', 'snap'))).toBe(false);
  });

  test('fetch refuses a folder that holds other files and no manifest', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'keep me');
    const { error } = await fetchInProcess(['spacecraft', '--out', dir]);
    expect(error?.message).toBe(messages.fetchOutNotSnapshot(dir));
  });

  test('fetch refuses bad --mode, --filter and --base-url values', async () => {
    const dir = await tempDir();
    const mode = await fetchInProcess(['spacecraft', '--out', dir, '--mode', 'list']);
    expect(mode.error?.message).toBe(
      messages.fetchBadOption('--mode', 'list', 'normal or detailed'),
    );
    const filter = await fetchInProcess(['spacecraft', '--out', dir, '--filter', 'in_space']);
    expect(filter.error?.message).toBe(
      messages.fetchBadOption('--filter', 'in_space', 'KEY=VALUE'),
    );
    const base = await fetchInProcess(['spacecraft', '--out', dir, '--base-url', 'ftp://x']);
    expect(base.error?.message).toBe(
      messages.fetchBadOption('--base-url', 'ftp://x', 'an http(s) URL, production or development'),
    );
  });

  test('fetch passes a --filter key named like a prototype key, __proto__ too', async () => {
    // Nothing listens at NOWHERE, so the fetch gives up; its message names the URL it asked
    // for, with the query keys in sorted order. An assignment to query['__proto__'] was lost.
    const dir = path.join(await tempDir(), 'snap');
    const filters = ['--filter', '__proto__=x', '--filter', 'constructor=y'];
    const { error } = await fetchInProcess(['spacecraft', '--out', dir, ...filters]);
    expect(error?.message).toContain(
      `${NOWHERE}/2.3.0/spacecraft/?limit=100&mode=normal&__proto__=x&constructor=y `,
    );
  });

  test('fetch as a command exits 1 with one line and no stack trace', async () => {
    const run = await runCli(['fetch', 'spacecraft', '--base-url', NOWHERE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`spaceflight-stats: ${messages.fetchOutRequired()}\n`);
  });
});

describe.skipIf(!hasRealData)('spaceflight-stats fetch against a local LL2', () => {
  test('fetch passes filters, ordering and LL2_TOKEN through, and never prints the token', async () => {
    const records = withCopies(realSpacecraft(), 150, 900_001);
    const server = await startLl2Server({ apiVersion: '2.2.0', path: 'spacecraft', records });
    servers.push(server);
    const dir = path.join(await tempDir(), 'snap');
    const argv = [
      'spacecraft',
      '--out',
      dir,
      '--base-url',
      server.baseUrl,
      '--api-version',
      '2.2.0',
    ];
    const extra = ['--ordering=-id', '--filter', 'in_space=false', '--filter', 'search=Dragon'];
    const { lines, error } = await fetchInProcess([...argv, ...extra], {
      env: { LL2_TOKEN: 'env-test-token' },
    });
    expect(error).toBeNull();
    // 150 records: 2 pages, 2 requests.
    expect(server.requests).toHaveLength(2);
    const first = new URL(server.requests[0]?.url ?? '', server.baseUrl).searchParams;
    expect([first.get('ordering'), first.get('in_space'), first.get('search')]).toEqual([
      '-id',
      'false',
      'Dragon',
    ]);
    expect(server.requests.every((r) => r.authorization === 'Token env-test-token')).toBe(true);
    expect(lines.join('\n')).not.toContain('env-test-token');
    expect(lines.at(-1)).toBe(messages.fetchSummary(2, 2, 2, 150, dir));
  });

  test('fetch prints plain lines off a terminal, and a bar when it has one', async () => {
    const records = withCopies(realSpacecraft(), 150, 900_001);
    const server = await startLl2Server({
      apiVersion: '2.2.0',
      path: 'spacecraft',
      records,
      faults: { 2: { kind: 'status', status: 500 } },
    });
    servers.push(server);
    const argv = (dir: string) => [
      'spacecraft',
      '--out',
      dir,
      '--base-url',
      server.baseUrl,
      '--api-version',
      '2.2.0',
    ];
    const plain = await fetchInProcess(argv(path.join(await tempDir(), 'a')));
    expect(plain.lines).toContain(messages.fetchPageLine(0, 100, 150, false));
    expect(plain.lines).toContain(
      messages.fetchRetryLine('1 s', 1, messages.fetchServerError(500)),
    );
    const bars: string[] = [];
    const tty = await fetchInProcess(argv(path.join(await tempDir(), 'b')), {
      drawBar: (text) => bars.push(text),
    });
    expect(tty.error).toBeNull();
    // 150 records: 2 pages; the bar after the last page is full. The server's one fault
    // went to the plain run (its request 2), so this run made 2 requests: 15 − 2 = 13 left.
    expect(bars).toContain(
      '[####################] 2/2 pages, 150 records, budget 13 left this hour, ~0 s left',
    );
    expect(tty.lines).not.toContain(messages.fetchPageLine(0, 100, 150, false));
  });

  test('fetch under every fault writes a snapshot that report turns into the ground truth report', async () => {
    // 38 real flights and 112 synthesized copies: 150 records, 2 pages.
    const flights = withCopies(realFlights(), 150, 800_001);
    const server = await startLl2Server({
      apiVersion: '2.3.0',
      path: 'spacecraft_flights',
      records: flights,
      faults: {
        1: { kind: 'status', status: 429 },
        2: { kind: 'status', status: 503 },
        3: { kind: 'slow', ms: 60_000 },
        5: { kind: 'insert-top', record: copyOf(realFlights()[5] ?? {}, 899_999) },
        6: { kind: 'cut' },
        7: { kind: 'reset' },
      },
    });
    servers.push(server);
    const work = await tempDir();
    const dir = path.join(work, 'snap');
    const { error } = await fetchInProcess([
      'spacecraft_flights',
      '--out',
      dir,
      '--base-url',
      server.baseUrl,
      '--timeout',
      '3',
    ]);
    expect(error).toBeNull();
    // Page 1: 429 (no Retry-After, no message: a backoff), 503, slow, ok (4 requests).
    // Page 2: the insert lands first, ok (1); 151 records still make 2 pages. Page 1 said
    // count 150, page 2 says 151: page 1 is read again: cut, reset, ok (3). 4 + 1 + 3 = 8.
    expect(server.requests).toHaveLength(8);
    expect(await snapshotRecords(dir)).toEqual(server.records());
    expect(await strayFiles(dir)).toEqual([]);

    // The ground truth as one page, and both through `report`.
    const truth = path.join(work, 'truth.json');
    const all = server.records();
    await writeFile(
      truth,
      JSON.stringify({ count: all.length, next: null, previous: null, results: all }),
    );
    const fromTruth = await runCli(['report', truth, '--out', path.join(work, 'r-truth')]);
    // The snapshot folder itself is the input: the loader reads its pages and its manifest.
    const fromSnap = await runCli(['report', dir, '--out', path.join(work, 'r-snap')]);
    expect([fromTruth.code, fromSnap.code]).toEqual([0, 0]);
    for (const sub of ['tables', 'charts']) {
      const names = (await readdir(path.join(work, 'r-truth', sub))).filter(
        (n) => !n.endsWith('.png'),
      );
      expect(names.length).toBeGreaterThan(3);
      expect(
        (await readdir(path.join(work, 'r-snap', sub))).filter((n) => !n.endsWith('.png')),
      ).toEqual(names);
      for (const name of names) {
        const a = await readFile(path.join(work, 'r-truth', sub, name), 'utf8');
        expect(await readFile(path.join(work, 'r-snap', sub, name), 'utf8')).toBe(a);
      }
    }
    // Counted from the truth's records without the loader: distinct nested spacecraft ids.
    const craft = new Set(all.map((r) => (r.spacecraft as { id: number }).id)).size;
    expect(fromSnap.stdout).toContain(`loaded ${craft} spacecraft and 151 flights`);
  });
});

// Polls until `check` is true, at most `limitMs`.
async function waitFor(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waited too long');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function runFetchChild(args: string[]) {
  const child = spawn(process.execPath, [BIN, 'fetch', ...args], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

describe.skipIf(!hasRealData)('spaceflight-stats fetch killed mid-crawl', () => {
  test('fetch killed with SIGKILL resumes without asking again and gets the same snapshot', async () => {
    // 500 records: 5 pages. Every answer waits 50 ms, and the third request (page 3) gets
    // no answer until the server closes, so the kill lands mid-crawl with 2 pages saved.
    const records = withCopies(realSpacecraft(), 500, 900_001);
    const server = await startLl2Server({
      apiVersion: '2.2.0',
      path: 'spacecraft',
      records,
      delayMs: 50,
      faults: { 3: { kind: 'slow', ms: 60_000 } },
    });
    servers.push(server);
    const dir = path.join(await tempDir(), 'snap');
    const args = [
      'spacecraft',
      '--out',
      dir,
      '--base-url',
      server.baseUrl,
      '--api-version',
      '2.2.0',
    ];

    const first = runFetchChild(args);
    await waitFor(() => Promise.resolve(server.requests.length === 3), 20_000);
    first.child.kill('SIGKILL');
    await first.exited;

    // Whatever the kill interrupted, every .json file in the folder is complete.
    for (const name of await readdir(dir)) {
      if (name.endsWith('.json')) JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    }
    const held = (await readSnapshotManifest(dir)).pages;
    expect(held.map((page) => page.file)).toEqual(['page-0001.json', 'page-0002.json']);
    const before = server.requests.length;

    const second = runFetchChild(args);
    expect(await second.exited).toBe(0);
    // The restart asks only for the pages not held: 5 − 2 = 3 requests.
    const asked = server.requests.slice(before).map((r) => new URL(r.url, server.baseUrl).href);
    expect(asked).toHaveLength(3);
    for (const page of held) expect(asked).not.toContain(page.url);
    expect(await snapshotRecords(dir)).toEqual(records);
    expect(await strayFiles(dir)).toEqual([]);

    // Byte for byte the pages of an uninterrupted fetch.
    const calm = path.join(await tempDir(), 'calm');
    await fetchSnapshot('spacecraft', { out: calm, baseUrl: server.baseUrl, apiVersion: '2.2.0' });
    for (const file of await snapshotPageFiles(calm)) {
      const twin = path.join(dir, path.basename(file));
      expect(await readFile(twin, 'utf8')).toBe(await readFile(file, 'utf8'));
    }
  });
});

// Every file of a folder, by name, as bytes.
async function folderBytes(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(path.join(dir, name))).toString('base64');
  }
  return files;
}

describe.skipIf(!hasRealData)('spaceflight-stats fetch refreshing a complete snapshot', () => {
  test('fetch refresh killed with SIGKILL mid-crawl leaves the complete snapshot identical', async () => {
    // 500 records: 5 pages. The snapshot takes requests 1-5; the refresh's third request
    // (request 8, page 3) gets no answer until the server closes, so the kill lands with 2
    // pages of the refresh saved.
    const records = withCopies(realSpacecraft(), 500, 900_001);
    const server = await startLl2Server({
      apiVersion: '2.2.0',
      path: 'spacecraft',
      records,
      faults: { 8: { kind: 'slow', ms: 60_000 } },
    });
    servers.push(server);
    const dir = path.join(await tempDir(), 'snap');
    const args = ['spacecraft', '--out', dir, '--base-url', server.baseUrl];
    await fetchSnapshot('spacecraft', { out: dir, baseUrl: server.baseUrl, apiVersion: '2.2.0' });
    const before = await folderBytes(dir);

    const refresh = runFetchChild([...args, '--api-version', '2.2.0']);
    await waitFor(() => Promise.resolve(server.requests.length === 8), 20_000);
    refresh.child.kill('SIGKILL');
    await refresh.exited;
    expect(await folderBytes(dir)).toEqual(before);

    // Running it again finishes the refresh: pages 3-5 (3 requests), then swaps it in.
    const again = runFetchChild([...args, '--api-version', '2.2.0']);
    expect(await again.exited).toBe(0);
    expect(server.requests).toHaveLength(11);
    expect(await snapshotRecords(dir)).toEqual(records);
    expect(await readdir(path.dirname(dir))).toEqual(['snap']);
  });

  test('fetch refresh killed while waiting on the hourly budget leaves the snapshot identical', async () => {
    // 1500 records: 15 pages, 15 requests on the real clock, so the refresh (a child on the
    // real clock too) finds the hour's budget spent and waits before any request.
    const records = withCopies(realSpacecraft(), 1500, 900_001);
    const server = await startLl2Server({ apiVersion: '2.2.0', path: 'spacecraft', records });
    servers.push(server);
    const dir = path.join(await tempDir(), 'snap');
    await fetchSnapshot('spacecraft', { out: dir, baseUrl: server.baseUrl, apiVersion: '2.2.0' });
    expect(server.requests).toHaveLength(15);
    const before = await folderBytes(dir);

    const args = ['spacecraft', '--out', dir, '--base-url', server.baseUrl];
    const refresh = runFetchChild([...args, '--api-version', '2.2.0']);
    // The staging folder appears before the wait; give the child a moment into the wait.
    await waitFor(() => Promise.resolve(existsSync(`${dir}.refresh`)), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    refresh.child.kill('SIGKILL');
    await refresh.exited;
    expect(server.requests).toHaveLength(15);
    expect(await folderBytes(dir)).toEqual(before);
  });

  test('fetch of a listing whose pages end before its count exits 1 naming the missing records', async () => {
    // 250 records; request 2 (page 2) ends the listing with next: null: 2 requests, 50 missing.
    const records = withCopies(realSpacecraft(), 250, 900_001);
    const server = await startLl2Server({
      apiVersion: '2.2.0',
      path: 'spacecraft',
      records,
      faults: { 2: { kind: 'end-early' } },
    });
    servers.push(server);
    const dir = path.join(await tempDir(), 'snap');
    const args = ['fetch', 'spacecraft', '--out', dir, '--base-url', server.baseUrl];
    const run = await runCli([...args, '--api-version', '2.2.0']);
    expect(run.code).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(run.stderr).toBe(
      `spaceflight-stats: ${messages.fetchListingShort(200, 250)}; ` +
        `${messages.fetchSavedNoResume(2, 200, dir)}\n`,
    );
    expect((await readSnapshotManifest(dir)).pages).toHaveLength(2);
  });
});
