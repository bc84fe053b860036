/**
 * The manifest of a snapshot folder, `manifest.json`: what was fetched, from where, when.
 *
 * The loader relies on `endpoint`, `api_version`, `base_url`, `mode` and each page's `file`,
 * `url`, `fetched_at`, `count` (the listing's count) and `records` (records on the page);
 * the other fields serve resuming. No token is ever written here.
 */
import { readFile } from 'node:fs/promises';
import { messages } from '../messages.js';
import { FetchError } from './fetch-error.js';

/** One saved page. */
export interface ManifestPage {
  file: string;
  url: string;
  /** ISO 8601 UTC. */
  fetched_at: string;
  count: number;
  records: number;
  next: string | null;
  /** Order of reading across runs. */
  sequence: number;
  /** True when the page was read again because the data shifted. */
  recovered: boolean;
}

/** The whole manifest. */
export interface SnapshotManifest {
  endpoint: string;
  api_version: string;
  base_url: string;
  mode: string;
  query: Record<string, string>;
  /** True once the listing was read to its end and checked. */
  completed: boolean;
  /** False when the data kept shifting through every recovery round. */
  consistent: boolean;
  pages: ManifestPage[];
  /** Times of the requests of the last hour, for the budget of the next run. */
  request_log: string[];
}

/**
 * The name of a page file.
 *
 * @example
 * pageFileName(0); // 'page-0001.json'
 */
export function pageFileName(index: number): string {
  return `page-${String(index + 1).padStart(4, '0')}.json`;
}

/**
 * True for names {@link pageFileName} makes.
 *
 * @example
 * isPageFileName('page-0012.json'); // true; 'page-0012.json.1.x.tmp' is false
 */
export function isPageFileName(name: string): boolean {
  return /^page-\d{4,}\.json$/.test(name);
}

/**
 * Reads and checks a manifest.
 *
 * @throws FetchError naming the file when it is not JSON or lacks a field.
 * @example
 * import { writeFile } from 'node:fs/promises';
 * const saved = {
 *   endpoint: 'spacecraft',
 *   api_version: '2.3.0',
 *   base_url: 'https://ll.thespacedevs.com',
 *   mode: 'normal',
 *   pages: [],
 * };
 * await writeFile('manifest.json', JSON.stringify(saved));
 * const manifest = await readManifest('manifest.json');
 * manifest.pages.length; // 0
 * manifest.completed; // false, the default for a field the file lacks
 */
export async function readManifest(file: string): Promise<SnapshotManifest> {
  let value: Partial<SnapshotManifest>;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as Partial<SnapshotManifest>;
  } catch (error) {
    throw new FetchError(messages.fetchBadManifest(file, (error as Error).message));
  }
  for (const field of ['endpoint', 'api_version', 'base_url', 'mode'] as const) {
    if (typeof value[field] !== 'string') {
      throw new FetchError(messages.fetchBadManifest(file, `${field} is missing`));
    }
  }
  const pages = Array.isArray(value.pages) ? value.pages : null;
  if (!pages || pages.some((page, i) => page?.file !== pageFileName(i))) {
    throw new FetchError(messages.fetchBadManifest(file, 'pages are not page-0001.json, ...'));
  }
  return {
    query: {},
    completed: false,
    consistent: true,
    request_log: [],
    ...value,
    pages,
  } as SnapshotManifest;
}
