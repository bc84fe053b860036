/**
 * Reads the `manifest.json` a snapshot folder holds: which page files it has and when each
 * was fetched. The fetch times decide which copy of a record is the most recent when the
 * records themselves carry no `last_updated`.
 *
 * Shape: `{ endpoint, api_version, base_url, mode, pages: [{ file, url, fetched_at, count,
 * records }] }`, `fetched_at` an ISO 8601 UTC date-time.
 */
import path from 'node:path';
import { InputError, messages } from '../messages.js';
import { dateTime, text } from './field-readers.js';
import type { ManifestReport } from './load-report.js';
import { readJsonFile } from './read-json-file.js';

/** A manifest's report and the fetch time (ISO text) of each page file, by file name. */
export interface Manifest {
  report: ManifestReport;
  fetchedAt: Map<string, string>;
  /** The `records` count it gives for each page file, where it gives a whole number. */
  records: Map<string, number>;
}

/** The name a snapshot manifest has in its folder. */
export const MANIFEST_NAME = 'manifest.json';

/**
 * Reads and checks one manifest.
 *
 * @throws InputError naming the manifest, the page and the field when its shape is wrong.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * const page = { file: 'page-0001.json', fetched_at: '2025-03-02T10:00:00Z' };
 * await writeFile('manifest.json', JSON.stringify({ endpoint: 'spacecraft', pages: [page] }));
 * (await readManifest('manifest.json')).fetchedAt.get('page-0001.json');
 * // '2025-03-02T10:00:00.000Z'
 */
export async function readManifest(file: string): Promise<Manifest> {
  const value = readJsonFile(file);
  const place = { file };
  const manifest = typeof value === 'object' && value !== null ? (value as Json) : null;
  if (!manifest || !Array.isArray(manifest.pages)) {
    const where = { ...place, field: 'pages' };
    throw new InputError(messages.fieldType(where, 'a list of pages', manifest?.pages), where);
  }
  const fetchedAt = new Map<string, string>();
  const records = new Map<string, number>();
  manifest.pages.forEach((page: unknown, i) => {
    const [name, at] = readPage(page, { file, recordId: `pages[${i}]` });
    fetchedAt.set(name, at);
    const listed = (page as Json).records;
    if (Number.isSafeInteger(listed)) records.set(name, listed as number);
  });
  const report: ManifestReport = {
    file,
    endpoint: text(manifest.endpoint, { ...place, field: 'endpoint' }) as string | null,
    apiVersion: text(manifest.api_version, { ...place, field: 'api_version' }) as string | null,
    mode: text(manifest.mode, { ...place, field: 'mode' }) as string | null,
    pages: fetchedAt.size,
    missingPages: [],
  };
  return { report, fetchedAt, records };
}

type Json = Record<string, unknown>;

// One page entry: its file name (a plain name inside the folder) and its fetch time.
function readPage(page: unknown, place: { file: string; recordId: string }): [string, string] {
  const entry = typeof page === 'object' && page !== null ? (page as Json) : {};
  const name = entry.file;
  if (typeof name !== 'string' || name === '' || path.basename(name) !== name) {
    const where = { ...place, field: 'file' };
    throw new InputError(messages.fieldType(where, 'a file name in the folder', name), where);
  }
  const where = { ...place, field: 'fetched_at' };
  const at = dateTime(entry.fetched_at, where);
  if (!(at instanceof Date) || !String(entry.fetched_at).endsWith('Z')) {
    throw new InputError(messages.badDate(where, entry.fetched_at), where);
  }
  return [name, at.toISOString()];
}
