// load() on the shapes of input: folders of pages in any order, NDJSON, envelopes, snapshot
// folders with a manifest, and the rule that picks one copy of an id. Records are small
// hand-made ones (test/support/sample.ts); expected values are read off them.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { page, spacecraftRecord } from '../support/sample.js';

async function folder(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sfs-sources-'));
  for (const [name, body] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof body === 'string' ? body : JSON.stringify(body));
  }
  return dir;
}

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const craft = (id: number, extra: Record<string, unknown> = {}) =>
  spacecraftRecord({ id, ...extra });

function manifest(pages: [string, string][]) {
  return {
    endpoint: 'spacecraft',
    api_version: '2.3.0',
    base_url: 'https://ll.thespacedevs.com',
    mode: 'normal',
    pages: pages.map(([file, fetched_at]) => ({
      file,
      url: 'https://ll.thespacedevs.com/2.3.0/spacecraft/',
      fetched_at,
      count: 2,
      records: 1,
    })),
  };
}

describe('load(folder)', () => {
  test('load(folder) reads .json and .ndjson files in sorted order and lists the rest', async () => {
    const dir = await folder({
      'b.ndjson': ndjson([craft(3), craft(4)]),
      'a.json': page([craft(1), craft(2)]),
      'notes.txt': 'not data',
      'sub/c.json': page([craft(5)]),
    });
    const { spacecraft, report } = await load(dir);
    expect(spacecraft.array('id')).toEqual([1, 2, 3, 4]);
    expect(report.files.map((f) => [path.basename(f.file), f.envelope])).toEqual([
      ['a.json', 'page'],
      ['b.ndjson', 'lines'],
    ]);
    expect(report.ignoredFiles).toEqual([
      { file: path.join(dir, 'notes.txt'), reason: 'not .json or .ndjson' },
      { file: path.join(dir, 'sub'), reason: 'a folder inside a folder' },
    ]);
  });

  test('load([b, a]) reads files in sorted path order: the copy in b is kept', async () => {
    const dir = await folder({
      'a.json': [craft(1, { name: 'from a' })],
      'b.json': [craft(1, { name: 'from b' })],
    });
    const { spacecraft, report } = await load([path.join(dir, 'b.json'), path.join(dir, 'a.json')]);
    expect(spacecraft.get('name', 0)).toBe('from b');
    expect(report.tables.spacecraft).toEqual({ rows: 1, mergedCopies: 1, differingIds: [1] });
    expect(report.files.map((f) => f.tables.spacecraft)).toEqual([
      { read: 1, kept: 0, merged: 1 },
      { read: 1, kept: 1, merged: 0 },
    ]);
  });

  test('load([file, same file]) reads it once and lists the repeat', async () => {
    const dir = await folder({ 'a.json': [craft(1)] });
    const file = path.join(dir, 'a.json');
    const { report } = await load([file, file]);
    expect(report.files).toHaveLength(1);
    expect(report.ignoredFiles).toEqual([{ file, reason: 'given more than once' }]);
  });
});

describe('load(snapshot folder with manifest.json)', () => {
  test('load(snapshot) keeps the copy fetched last, whatever the file names', async () => {
    const dir = await folder({
      'page-0001.json': page([craft(1, { name: 'fetched later' })]),
      'page-0002.json': page([craft(1, { name: 'fetched earlier' })]),
      'manifest.json': manifest([
        ['page-0001.json', '2025-03-02T10:00:00Z'],
        ['page-0002.json', '2025-03-01T10:00:00Z'],
      ]),
    });
    const { spacecraft, report } = await load(dir);
    expect(spacecraft.get('name', 0)).toBe('fetched later');
    expect(report.files.map((f) => f.fetchedAt)).toEqual([
      '2025-03-02T10:00:00.000Z',
      '2025-03-01T10:00:00.000Z',
    ]);
    // manifest() lists `records: 1` for each page, and each page holds one record
    expect(report.files.map((f) => [f.manifestRecords, f.records])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  test('load(snapshot) names the manifest as such, not as a data or ignored file', async () => {
    const dir = await folder({
      'page-0001.json': page([craft(1)]),
      'manifest.json': manifest([
        ['page-0001.json', '2025-03-02T10:00:00Z'],
        ['page-0002.json', '2025-03-02T10:01:00Z'],
      ]),
    });
    const { report } = await load(dir);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['page-0001.json']);
    expect(report.ignoredFiles).toEqual([]);
    expect(report.manifests).toEqual([
      {
        file: path.join(dir, 'manifest.json'),
        endpoint: 'spacecraft',
        apiVersion: '2.3.0',
        mode: 'normal',
        pages: 2,
        missingPages: ['page-0002.json'],
      },
    ]);
  });

  test('load(pages) keeps the later last_updated over the later fetch time', async () => {
    const dir = await folder({
      'page-0001.json': page([
        craft(1, { name: 'updated later', last_updated: '2025-05-02T00:00:00Z' }),
      ]),
      'page-0002.json': page([
        craft(1, { name: 'fetched later', last_updated: '2025-05-01T00:00:00Z' }),
      ]),
      'manifest.json': manifest([
        ['page-0001.json', '2025-06-01T00:00:00Z'],
        ['page-0002.json', '2025-06-02T00:00:00Z'],
      ]),
    });
    const { spacecraft } = await load(dir);
    expect(spacecraft.get('name', 0)).toBe('updated later');
  });
});

describe('load(envelopes)', () => {
  test('load({updatedAt, launches}) finds the one array of records', async () => {
    const value = { updatedAt: '2026-01-01T00:00:00Z', launches: [craft(1), craft(2)] };
    const { spacecraft, report } = await load({ json: value, label: 'zenith.json' });
    expect(spacecraft.numRows()).toBe(2);
    expect(report.files[0]?.envelope).toBe('envelope');
  });

  test('load(value, { recordsKey }) reads the array under that key', async () => {
    const value = { spacecraft: [craft(1)], other: [craft(2), craft(3)] };
    const { spacecraft, report } = await load({ json: value }, { recordsKey: 'other' });
    expect(spacecraft.array('id')).toEqual([2, 3]);
    expect(report.files[0]?.envelope).toBe('key');
  });

  test('load(record with an unknown field) ignores it and lists it', async () => {
    const { spacecraft, report } = await load({ json: [craft(1, { launcher_hint: 'x' })] });
    expect(spacecraft.numRows()).toBe(1);
    expect(report.files[0]?.unknownFields).toEqual({ spacecraft: ['launcher_hint'] });
  });

  test('load(2.3.0 record, { apiVersion: 2.2.0 }) holds it to the 2.2.0 shape', async () => {
    // the sample record's agency type is an object, which 2.2.0 writes as a string
    const { spacecraft, report } = await load({ json: [craft(1)] }, { apiVersion: '2.2.0' });
    expect(spacecraft.numRows()).toBe(0);
    expect(report.skipped[0]?.field).toBe('spacecraft_config.agency.type');
  });
});
