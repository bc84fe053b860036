// formatLoadReport on a small snapshot folder built here: what describe prints for it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatLoadReport } from '../../src/cli/format-load-report.js';
import { load } from '../../src/load/load.js';
import { page, spacecraftRecord } from '../support/sample.js';

test('formatLoadReport(snapshot) names the manifest, the fetch time and a count that disagrees', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sfs-format-'));
  const pageFile = path.join(dir, 'page-0001.json');
  await writeFile(pageFile, JSON.stringify(page([spacecraftRecord({ id: 1 })])));
  const manifest = {
    endpoint: 'spacecraft',
    api_version: '2.3.0',
    base_url: 'https://ll.thespacedevs.com',
    mode: 'normal',
    pages: [
      {
        file: 'page-0001.json',
        url: 'u',
        fetched_at: '2025-03-02T10:00:00Z',
        count: 3,
        records: 3,
      },
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const lines = formatLoadReport((await load(dir)).report);
  expect(lines).toContain(
    `read ${pageFile} (page, fetched 2025-03-02T10:00:00.000Z): API 2.3.0, 1 records (1 spacecraft)`,
  );
  expect(lines).toContain('  odd: the manifest lists 3 records, the file holds 1');
  expect(lines).toContain(
    `manifest ${path.join(dir, 'manifest.json')}: endpoint spacecraft, API 2.3.0, mode normal, ` +
      '1 pages (fetch times used to merge copies)',
  );
  expect(lines.some((line) => line.startsWith('ignored'))).toBe(false);
});
