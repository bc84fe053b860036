// fetchSnapshot against a real HTTP server on 127.0.0.1 that injects faults. Each test says
// how many requests it expects: the minimum (250 records at 100 a page: 3 pages) plus the
// retries and recovery requests the fault makes necessary. Waits go to a fake clock.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/fetch/backoff-delay.js';
import { fetchSnapshot, type SnapshotOptions } from '../../src/fetch/fetch-snapshot.js';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { messages } from '../../src/messages.js';
import { hasRealData } from '../support/real-data.js';
import { fakeClock, type FakeClock } from './support/fake-clock.js';
import { copyOf, realSpacecraft, withCopies } from './support/listing-records.js';
import { startLl2Server, type Fault, type Ll2TestServer } from './support/ll2-test-server.js';
import { allowLoopbackOnly } from './support/loopback-only.js';
import { readSnapshotManifest, snapshotRecords, strayFiles } from './support/snapshot-records.js';

allowLoopbackOnly();

const RANDOM = () => 0.5;
// Generous, so that a loaded machine never times out an ordinary answer; a slow answer
// comes only when the server closes, long after.
const TIMEOUT_MS = 2000;
const SLOWER_MS = 60_000;
let server: Ll2TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Crawl {
  server: Ll2TestServer;
  dir: string;
  clock: FakeClock;
  /** The reasons of the retries the fetch made. */
  retries: string[];
  run: (more?: Partial<SnapshotOptions>) => ReturnType<typeof fetchSnapshot>;
}

// A server with `total` spacecraft (100 real, the rest synthesized copies) and the faults.
async function setUp(faults: Record<number, Fault> = {}, total = 250): Promise<Crawl> {
  const records = withCopies(realSpacecraft(), total, 900_001);
  server = await startLl2Server({ apiVersion: '2.2.0', path: 'spacecraft', records, faults });
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'sfs-fetch-')), 'snap');
  const clock = fakeClock();
  const retries: string[] = [];
  const started = server;
  const run = (more: Partial<SnapshotOptions> = {}) =>
    fetchSnapshot('spacecraft', {
      out: dir,
      baseUrl: started.baseUrl,
      apiVersion: '2.2.0',
      query: { ordering: 'id' },
      clock,
      random: RANDOM,
      timeoutMs: TIMEOUT_MS,
      onEvent: (event) => {
        if (event.type === 'retry') retries.push(event.reason);
      },
      ...more,
    });
  return { server, dir, clock, retries, run };
}

// The snapshot holds exactly the server's records now, in its order: none lost or repeated.
async function expectGroundTruth(crawl: Crawl): Promise<void> {
  const records = await snapshotRecords(crawl.dir);
  const ids = records.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(records).toEqual(crawl.server.records());
  expect(await strayFiles(crawl.dir)).toEqual([]);
  const manifest = await readSnapshotManifest(crawl.dir);
  expect(manifest.completed).toBe(true);
}

describe.skipIf(!hasRealData)('fetchSnapshot against a faulty local LL2', () => {
  test('fetchSnapshot(spacecraft) with no fault makes 3 requests and saves the listing', async () => {
    const crawl = await setUp();
    const result = await crawl.run();
    expect(crawl.retries).toEqual([]);
    // 250 records / 100 a page = 3 pages, 3 requests.
    expect(crawl.server.requests).toHaveLength(3);
    expect(result).toMatchObject({ requests: 3, pagesSaved: 3, pages: 3, records: 250 });
    expect(crawl.clock.sleeps).toEqual([]);
    await expectGroundTruth(crawl);
    const first = new URL(crawl.server.requests[0]?.url ?? '', crawl.server.baseUrl);
    expect(first.searchParams.get('limit')).toBe('100');
    expect(first.searchParams.get('ordering')).toBe('id');
    expect(first.searchParams.get('mode')).toBe('normal');
  });

  test('fetchSnapshot writes the manifest the loader relies on', async () => {
    const crawl = await setUp();
    await crawl.run();
    const manifest = await readSnapshotManifest(crawl.dir);
    expect(manifest).toMatchObject({
      endpoint: 'spacecraft',
      api_version: '2.2.0',
      base_url: crawl.server.baseUrl,
      mode: 'normal',
    });
    expect(manifest.pages.map((p) => [p.file, p.count, p.records])).toEqual([
      ['page-0001.json', 250, 100],
      ['page-0002.json', 250, 100],
      ['page-0003.json', 250, 50],
    ]);
    // The fake clock never moved: every page was fetched at its start.
    expect(manifest.pages.every((p) => p.fetched_at === '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(manifest.pages[1]?.url).toContain('offset=100');
  });

  test('fetchSnapshot honours a 429 with Retry-After: 4 requests, one wait of 120 s', async () => {
    const crawl = await setUp({ 2: { kind: 'status', status: 429, retryAfter: '120' } });
    await crawl.run();
    // 3 pages + 1 repeat of the throttled request.
    expect(crawl.server.requests).toHaveLength(4);
    expect(crawl.clock.sleeps).toEqual([120_000]);
    await expectGroundTruth(crawl);
  });

  test("fetchSnapshot honours a 429 without Retry-After by LL2's message: 4 requests", async () => {
    const body = '{"detail":"Request was throttled. Expected available in 865 seconds."}';
    const crawl = await setUp({ 3: { kind: 'status', status: 429, body } });
    await crawl.run();
    // 3 pages + 1 repeat; the wait is the message's 865 s.
    expect(crawl.server.requests).toHaveLength(4);
    expect(crawl.clock.sleeps).toEqual([865_000]);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot retries a 500 after a backoff: 4 requests', async () => {
    const crawl = await setUp({ 2: { kind: 'status', status: 500 } });
    await crawl.run();
    // 3 pages + 1 retry; first backoff with random 0.5: 1000/2 + 0.5 × 1000/2 = 750 ms.
    expect(crawl.server.requests).toHaveLength(4);
    expect(crawl.clock.sleeps).toEqual([750]);
    expect(backoffDelay(1, RANDOM, DEFAULT_BACKOFF)).toBe(750);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot retries a response slower than the timeout: 4 requests', async () => {
    const crawl = await setUp({ 1: { kind: 'slow', ms: SLOWER_MS } });
    await crawl.run();
    // The first page times out and is asked again: 3 pages + 1 retry.
    expect(crawl.server.requests).toHaveLength(4);
    expect(crawl.retries).toEqual([messages.fetchTimeout(TIMEOUT_MS)]);
    expect(crawl.clock.sleeps).toEqual([750]);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot retries a body cut off mid-JSON: 4 requests', async () => {
    const crawl = await setUp({ 3: { kind: 'cut' } });
    await crawl.run();
    // 3 pages + 1 retry of the cut-off last page.
    expect(crawl.server.requests).toHaveLength(4);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot retries a connection reset: 4 requests', async () => {
    const crawl = await setUp({ 2: { kind: 'reset' } });
    await crawl.run();
    // 3 pages + 1 retry.
    expect(crawl.server.requests).toHaveLength(4);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot recovers a record inserted at the top between pages: 4 requests', async () => {
    const inserted = copyOf(realSpacecraft()[0] ?? {}, 999_999);
    const crawl = await setUp({ 2: { kind: 'insert-top', record: inserted } });
    const result = await crawl.run();
    // 3 pages (251 records still fit in 3) + page 1 read again, because pages 2 and 3 say
    // count 251 and page 1 said 250. Without it record 999999 would be missing and the
    // last record of page 1 would be repeated at the top of page 2.
    expect(crawl.server.requests).toHaveLength(4);
    expect(crawl.server.requests[3]?.url).toBe(crawl.server.requests[0]?.url);
    expect(result.records).toBe(251);
    await expectGroundTruth(crawl);
    const manifest = await readSnapshotManifest(crawl.dir);
    expect(manifest.pages.map((p) => p.recovered)).toEqual([true, false, false]);
  });

  test('fetchSnapshot recovers a record a deletion pushed back past a boundary: 4 requests', async () => {
    const crawl = await setUp({ 2: { kind: 'delete-top' } });
    const first = crawl.server.records()[0];
    const pushedBack = crawl.server.records()[100];
    await crawl.run();
    // Page 2 is read after the first record went: the 101st record moved onto page 1 and
    // page 2 starts after it. Page 2 says count 249, page 1 said 250: page 1 is read again
    // and holds it. 3 pages + 1 = 4.
    expect(crawl.server.requests).toHaveLength(4);
    const records = await snapshotRecords(crawl.dir);
    expect(records).toContainEqual(pushedBack);
    expect(records).not.toContainEqual(first);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot under every fault at once still saves the ground truth', async () => {
    const inserted = copyOf(realSpacecraft()[1] ?? {}, 999_998);
    const throttled = '{"detail":"Request was throttled. Expected available in 30 seconds."}';
    const crawl = await setUp({
      1: { kind: 'status', status: 429, retryAfter: '5' },
      3: { kind: 'insert-top', record: inserted },
      4: { kind: 'cut' },
      5: { kind: 'slow', ms: SLOWER_MS },
      6: { kind: 'reset' },
      7: { kind: 'status', status: 500 },
      9: { kind: 'status', status: 429, body: throttled },
    });
    await crawl.run();
    // Page 1: 429, ok (2 requests). Page 2: the insert lands, ok (1). Page 3: cut, slow,
    // reset, 500, ok (5). Pages 2 and 3 say count 251, page 1 said 250: page 1 is read
    // again: 429 with LL2's message, ok (2). 2 + 1 + 5 + 2 = 10.
    expect(crawl.server.requests).toHaveLength(10);
    // Waits: 5 s; backoffs 750, 1500, 3000, 6000 ms (1, 2, 4, 8 s steps, random 0.5); 30 s.
    expect(crawl.clock.sleeps).toEqual([5000, 750, 1500, 3000, 6000, 30_000]);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot gives up when retries run out, keeping what it saved', async () => {
    const crawl = await setUp({
      2: { kind: 'status', status: 500 },
      3: { kind: 'status', status: 502 },
      4: { kind: 'status', status: 503 },
    });
    const error = await crawl.run({ maxRetries: 2 }).catch((e: unknown) => e);
    // Page 1 (1 request), then page 2 fails 3 times: the first try and 2 retries = 4.
    expect(crawl.server.requests).toHaveLength(4);
    expect(error).toBeInstanceOf(FetchError);
    const pageTwo = new URL(crawl.server.requests[1]?.url ?? '', crawl.server.baseUrl).href;
    expect((error as Error).message).toBe(
      `${messages.fetchGaveUp(pageTwo, 3, messages.fetchServerError(503))}; ` +
        messages.fetchSavedSoFar(1, 100, crawl.dir),
    );
    const manifest = await readSnapshotManifest(crawl.dir);
    expect(manifest.completed).toBe(false);
    expect(manifest.pages.map((p) => p.file)).toEqual(['page-0001.json']);
    expect(await strayFiles(crawl.dir)).toEqual([]);

    // Run again: pages 2 and 3 only (2 requests), page 1 is not asked for again.
    await crawl.run();
    expect(crawl.server.requests).toHaveLength(6);
    expect(crawl.server.requests.slice(4).map((r) => r.url)).not.toContain(
      crawl.server.requests[0]?.url,
    );
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot removes what a killed run left before it resumes', async () => {
    const crawl = await setUp({ 2: { kind: 'status', status: 500 } });
    await crawl.run({ maxRetries: 0 }).catch(() => undefined);
    // As if killed while writing page 2, and again between a page and its manifest entry.
    await writeFile(path.join(crawl.dir, 'page-0002.json.4242.x1.tmp'), '{"count": 25');
    await writeFile(path.join(crawl.dir, 'page-0003.json'), '{"count":0,"results":[]}');
    await crawl.run();
    // 1 page + 1 failed request, then pages 2 and 3: 4 requests.
    expect(crawl.server.requests).toHaveLength(4);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot with useCache on a complete snapshot makes 0 requests', async () => {
    const crawl = await setUp();
    await crawl.run();
    const result = await crawl.run({ useCache: true });
    // 3 requests the first time, none the second.
    expect(crawl.server.requests).toHaveLength(3);
    expect(result).toMatchObject({ fromCache: true, requests: 0, records: 250 });
    // Without useCache the listing is fetched afresh: 3 more.
    await crawl.run();
    expect(crawl.server.requests).toHaveLength(6);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot refuses a next link to another host, after 1 request', async () => {
    const crawl = await setUp();
    // localhost is this same machine, so even a wrong follow would stay here and be counted.
    const origin = crawl.server.baseUrl.replace('127.0.0.1', 'localhost');
    crawl.server.faults[1] = { kind: 'foreign-next', origin };
    const error = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    const next = `${origin}/2.2.0/spacecraft/?limit=100&mode=normal&ordering=id&offset=100`;
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toBe(
      `${messages.fetchForeignNext(next, crawl.server.baseUrl)}; ` +
        messages.fetchSavedNoResume(1, 100, crawl.dir),
    );
    // Running it again refuses the same saved link, without a request, as the message says.
    const again = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    expect((again as Error).message).toBe((error as Error).message);
  });

  test('fetchSnapshot refuses a next link to another port, after 1 request', async () => {
    const crawl = await setUp();
    // Port 9 on this machine: refused before any request, and nothing listens there anyway.
    const origin = 'http://127.0.0.1:9';
    crawl.server.faults[1] = { kind: 'foreign-next', origin };
    const error = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    const next = `${origin}/2.2.0/spacecraft/?limit=100&mode=normal&ordering=id&offset=100`;
    expect((error as Error).message).toBe(
      `${messages.fetchForeignNext(next, crawl.server.baseUrl)}; ` +
        messages.fetchSavedNoResume(1, 100, crawl.dir),
    );
  });

  test('fetchSnapshot stops, not resumable, when the pages end before the count: 2 requests', async () => {
    const crawl = await setUp({ 2: { kind: 'end-early' } });
    const error = await crawl.run().catch((e: unknown) => e);
    // Page 1 (100 records) and page 2 (100, next: null) both say count 250, no id repeats:
    // nothing shifted, so no page is read again: 2 requests, 250 − 200 = 50 missing.
    expect(crawl.server.requests).toHaveLength(2);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toBe(
      `${messages.fetchListingShort(200, 250)}; ` + messages.fetchSavedNoResume(2, 200, crawl.dir),
    );
    const manifest = await readSnapshotManifest(crawl.dir);
    expect(manifest.completed).toBe(false);
    expect(manifest.pages.map((p) => p.records)).toEqual([100, 100]);
    // A rerun asks for nothing and stops the same way.
    const again = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(2);
    expect((again as Error).message).toBe((error as Error).message);
  });

  test('fetchSnapshot refuses a next link with another scheme, after 1 request', async () => {
    const crawl = await setUp();
    const origin = crawl.server.baseUrl.replace('http:', 'https:');
    crawl.server.faults[1] = { kind: 'foreign-next', origin };
    const error = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    const next = `${origin}/2.2.0/spacecraft/?limit=100&mode=normal&ordering=id&offset=100`;
    expect((error as Error).message).toContain(
      messages.fetchForeignNext(next, crawl.server.baseUrl),
    );
  });

  test('fetchSnapshot refuses a folder holding a snapshot of another listing: 0 requests', async () => {
    const crawl = await setUp();
    await crawl.run();
    const error = await crawl.run({ query: { ordering: '-id' } }).catch((e: unknown) => e);
    // 3 requests for the first snapshot, none for the refused one.
    expect(crawl.server.requests).toHaveLength(3);
    expect((error as Error).message).toBe(
      messages.fetchSnapshotMismatch(crawl.dir, 'query', { ordering: 'id' }, { ordering: '-id' }),
    );
  });

  test('fetchSnapshot stops at once on a 200 that is not a page: 1 request', async () => {
    const crawl = await setUp({ 1: { kind: 'status', status: 200, body: '{"detail":"hello"}' } });
    const error = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    expect((error as Error).message).toContain(
      messages.fetchNotAPage(
        crawl.server.baseUrl + '/2.2.0/spacecraft/?limit=100&mode=normal&ordering=id',
        {
          detail: 'hello',
        },
      ),
    );
  });

  test('fetchSnapshot stops at a 404 at once: 1 request, no retry', async () => {
    const crawl = await setUp();
    const error = await crawl.run({ apiVersion: '9.9.9' }).catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(1);
    expect((error as Error).message).toContain('answered HTTP 404');
  });
});

describe.skipIf(!hasRealData)('fetchSnapshot and the hourly budget', () => {
  test('fetchSnapshot without a token waits an hour after 15 requests: 17 pages, 17 requests', async () => {
    const crawl = await setUp({}, 1650);
    await crawl.run();
    // 1650 / 100 = 17 pages. 15 go at once; the 16th waits until the first is an hour old;
    // by then all 15 are an hour old, so the 17th goes at once.
    expect(crawl.server.requests).toHaveLength(17);
    expect(crawl.clock.sleeps).toEqual([3_600_000]);
    expect(crawl.server.requests.every((r) => r.authorization === undefined)).toBe(true);
  });

  test('fetchSnapshot with a token sends it, never waits, and never writes it', async () => {
    const crawl = await setUp({}, 1650);
    await crawl.run({ token: 'secret-test-token' });
    // 17 pages, no budget.
    expect(crawl.server.requests).toHaveLength(17);
    expect(crawl.clock.sleeps).toEqual([]);
    expect(crawl.server.requests.every((r) => r.authorization === 'Token secret-test-token')).toBe(
      true,
    );
    const manifest = JSON.stringify(await readSnapshotManifest(crawl.dir));
    expect(manifest).not.toContain('secret-test-token');
  });

  test('fetchSnapshot carries the budget over in the manifest: a rerun waits', async () => {
    const crawl = await setUp({}, 1500);
    await crawl.run();
    // 15 pages, 15 requests, no wait; the fresh rerun finds 15 requests in the last hour.
    expect(crawl.clock.sleeps).toEqual([]);
    await crawl.run();
    expect(crawl.server.requests).toHaveLength(30);
    expect(crawl.clock.sleeps).toEqual([3_600_000]);
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

describe.skipIf(!hasRealData)('fetchSnapshot refreshing a completed snapshot', () => {
  test('fetchSnapshot refresh failing on page 2 leaves the complete snapshot byte-identical', async () => {
    const crawl = await setUp();
    await crawl.run();
    const before = await folderBytes(crawl.dir);
    // Requests 1-3 made the snapshot; the refresh reads page 1 (4), then page 2 says 404 (5).
    crawl.server.faults[5] = { kind: 'status', status: 404 };
    const error = await crawl.run().catch((e: unknown) => e);
    expect(crawl.server.requests).toHaveLength(5);
    expect(error).toBeInstanceOf(FetchError);
    const staging = `${crawl.dir}.refresh`;
    expect((error as Error).message).toContain('answered HTTP 404');
    expect((error as Error).message).toContain(
      messages.fetchRefreshKept(crawl.dir, staging, 1, 100),
    );
    expect(await folderBytes(crawl.dir)).toEqual(before);

    // Running it again goes on with the refresh: pages 2 and 3 (2 requests), then swaps it in.
    await crawl.run();
    expect(crawl.server.requests).toHaveLength(7);
    expect(existsSync(staging)).toBe(false);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot refresh refused for a foreign link removes the partial refresh only', async () => {
    const crawl = await setUp();
    await crawl.run();
    const before = await folderBytes(crawl.dir);
    crawl.server.faults[4] = { kind: 'foreign-next', origin: 'http://127.0.0.1:9' };
    const error = await crawl.run().catch((e: unknown) => e);
    // 3 requests for the snapshot, 1 for the refused refresh.
    expect(crawl.server.requests).toHaveLength(4);
    const staging = `${crawl.dir}.refresh`;
    expect((error as Error).message).toContain(messages.fetchRefreshDropped(crawl.dir, staging));
    expect(existsSync(staging)).toBe(false);
    expect(await folderBytes(crawl.dir)).toEqual(before);
  });

  test('fetchSnapshot swaps in a refresh completed by a run killed before its swap: 0 requests', async () => {
    const crawl = await setUp();
    await crawl.run();
    // As if a refresh had finished its crawl and been killed before the swap.
    const staging = `${crawl.dir}.refresh`;
    await crawl.run({ out: staging });
    expect(crawl.server.requests).toHaveLength(6);
    const result = await crawl.run();
    // 3 + 3 requests, none for the run that only swaps.
    expect(crawl.server.requests).toHaveLength(6);
    expect(result).toMatchObject({ requests: 0, pagesSaved: 0, pages: 3, records: 250 });
    expect(await readdir(path.dirname(crawl.dir))).toEqual(['snap']);
    await expectGroundTruth(crawl);
  });

  test('fetchSnapshot refresh that succeeds replaces the snapshot and leaves nothing beside it', async () => {
    const crawl = await setUp();
    await crawl.run();
    // The first request of the refresh lands after an insert: 251 records, still 3 pages.
    const inserted = copyOf(realSpacecraft()[2] ?? {}, 999_997);
    crawl.server.faults[4] = { kind: 'insert-top', record: inserted };
    const result = await crawl.run();
    // 3 + 3 requests; every page of the refresh says count 251.
    expect(crawl.server.requests).toHaveLength(6);
    expect(result).toMatchObject({ requests: 3, pagesSaved: 3, pages: 3, records: 251 });
    await expectGroundTruth(crawl);
    expect(await readdir(path.dirname(crawl.dir))).toEqual(['snap']);
  });
});
