/**
 * A snapshot folder on disk: `page-0001.json`, ... (each page's body exactly as received)
 * and `manifest.json`. Every file is written atomically, the page before the manifest entry
 * that names it, so a folder killed at any moment holds only complete files, and the
 * manifest names only pages that are there.
 *
 * Opening a folder removes what a killed run may have left: temporary files, and page files
 * the manifest does not name.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { messages, showValue } from '../messages.js';
import { FetchError } from './fetch-error.js';
import type { FetchedPage } from './fetch-all.js';
import type { KnownPage } from './find-stale-pages.js';
import type { ListingSpec } from './first-page-url.js';
import { pageFacts } from './page-envelope.js';
import {
  isPageFileName,
  pageFileName,
  readManifest,
  type SnapshotManifest,
} from './snapshot-manifest.js';
import { TEMP_SUFFIX, writeFileAtomic } from './write-file-atomic.js';

const MANIFEST = 'manifest.json';

/** An open snapshot folder. */
export interface SnapshotFolder {
  dir: string;
  manifest: SnapshotManifest;
  /** Writes a page file, then the manifest naming it. */
  savePage(page: FetchedPage, requestLog: readonly number[]): Promise<void>;
  /** Marks the listing read to its end. */
  finish(consistent: boolean, requestLog: readonly number[]): Promise<void>;
  /** The pages held, with the ids read back from their files, for resuming. */
  knownPages(): Promise<KnownPage[]>;
}

/**
 * Opens (creating it if needed) the snapshot folder for one listing.
 *
 * @throws FetchError when the folder holds other files and no manifest, or a snapshot of
 *   another listing.
 * @example
 * const spec = {
 *   baseUrl: 'https://ll.thespacedevs.com',
 *   endpoint: 'spacecraft',
 *   apiVersion: '2.3.0',
 *   mode: 'normal',
 *   query: {},
 * };
 * const folder = await openSnapshotFolder('snap', spec);
 * folder.manifest.pages.length; // 0 for a new folder
 */
export async function openSnapshotFolder(dir: string, spec: ListingSpec): Promise<SnapshotFolder> {
  const names = await readdir(dir).catch(() => null);
  let manifest: SnapshotManifest;
  if (names !== null && names.includes(MANIFEST)) {
    manifest = await readManifest(path.join(dir, MANIFEST));
    checkSameListing(dir, manifest, spec);
    await removeLeftovers(dir, names, manifest);
  } else if (names !== null && names.length > 0) {
    throw new FetchError(messages.fetchOutNotSnapshot(dir));
  } else {
    await mkdir(dir, { recursive: true });
    manifest = freshManifest(spec, []);
  }
  return snapshotFolder(dir, manifest);
}

function freshManifest(spec: ListingSpec, requestLog: string[]): SnapshotManifest {
  return {
    endpoint: spec.endpoint,
    api_version: spec.apiVersion,
    base_url: spec.baseUrl,
    mode: spec.mode,
    query: { ...spec.query },
    completed: false,
    consistent: true,
    pages: [],
    request_log: requestLog,
  };
}

function checkSameListing(dir: string, saved: SnapshotManifest, spec: ListingSpec): void {
  const asked = freshManifest(spec, []);
  for (const field of ['endpoint', 'api_version', 'base_url', 'mode', 'query'] as const) {
    if (showValue(saved[field]) !== showValue(asked[field])) {
      throw new FetchError(messages.fetchSnapshotMismatch(dir, field, saved[field], asked[field]));
    }
  }
}

// Temporary files, and page files written just before a kill but never named.
async function removeLeftovers(dir: string, names: string[], manifest: SnapshotManifest) {
  const named = new Set(manifest.pages.map((page) => page.file));
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX) || (isPageFileName(name) && !named.has(name))) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}

function snapshotFolder(dir: string, manifest: SnapshotManifest): SnapshotFolder {
  const writeManifest = (requestLog: readonly number[]) => {
    manifest.request_log = requestLog.map((ms) => new Date(ms).toISOString());
    return writeFileAtomic(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  };
  return {
    dir,
    manifest,
    async savePage(page, requestLog) {
      const file = pageFileName(page.index);
      await writeFileAtomic(path.join(dir, file), page.text);
      manifest.pages[page.index] = {
        file,
        url: page.url,
        fetched_at: page.fetchedAt,
        count: page.count,
        records: page.ids.length,
        next: page.next,
        sequence: page.sequence,
        recovered: page.recovery,
      };
      await writeManifest(requestLog);
    },
    async finish(consistent, requestLog) {
      manifest.completed = true;
      manifest.consistent = consistent;
      await writeManifest(requestLog);
    },
    knownPages: () => readKnownPages(dir, manifest),
  };
}

async function readKnownPages(dir: string, manifest: SnapshotManifest): Promise<KnownPage[]> {
  const pages: KnownPage[] = [];
  for (const entry of manifest.pages) {
    const file = path.join(dir, entry.file);
    const { ids } = pageFacts(JSON.parse(await readFile(file, 'utf8')), entry.url);
    pages.push({
      url: entry.url,
      next: entry.next,
      count: entry.count,
      ids,
      sequence: entry.sequence,
    });
  }
  return pages;
}
