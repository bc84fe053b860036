/**
 * Fetches a listing into a snapshot folder, resuming where an earlier run stopped.
 *
 * Steps: open the folder (it must be new, empty, or a snapshot of the same listing); with
 * `useCache`, a completed snapshot is the answer and nothing is requested; a completed one
 * without it is fetched afresh into a staging folder beside it and swapped in only when
 * complete; otherwise the crawl goes on after the pages saved, drawing on the hourly budget
 * the manifest's request log left. Each page is saved as it arrives. When the fetch fails,
 * what was saved stays (a refresh's staging folder too, unless a rerun could not go on from
 * it), the complete snapshot stays untouched, and the error says so.
 */
import { rm } from 'node:fs/promises';
import { messages } from '../messages.js';
import { systemClock } from './fetch-clock.js';
import { FetchError } from './fetch-error.js';
import { fetchAll, listingSpec, type FetchOptions } from './fetch-all.js';
import type { FetchEndpoint } from './ll2-endpoints.js';
import { FREE_REQUESTS_PER_HOUR, RequestBudget } from './request-budget.js';
import { finishInterruptedSwap, refreshFolderOf, swapInRefresh } from './refresh-folder.js';
import { openSnapshotFolder, type SnapshotFolder } from './snapshot-folder.js';

/** Options for {@link fetchSnapshot}: those of fetchAll, the folder, and the cache switch. */
export interface SnapshotOptions extends Omit<FetchOptions, 'resume'> {
  out: string;
  /** Answer from a completed snapshot without any request. */
  useCache?: boolean;
}

/** What a snapshot fetch did. */
export interface SnapshotResult {
  dir: string;
  /** HTTP requests made by this run. */
  requests: number;
  /** Pages saved by this run (recovery pages included). */
  pagesSaved: number;
  /** Pages in the folder. */
  pages: number;
  /** Distinct record ids in the folder. */
  records: number;
  /** True when a completed snapshot was used as it was. */
  fromCache: boolean;
  /** False when the data kept shifting through every recovery round. */
  consistent: boolean;
}

/**
 * Fetches `endpoint` into `options.out`, or finishes an interrupted fetch there. A completed
 * snapshot is refreshed (without `useCache`) in the staging folder `<out>.refresh` and
 * swapped in only once the new crawl is complete (refresh-folder.ts).
 *
 * @throws FetchError with the cause and what was saved so far (and, for a refresh, that the
 *   complete snapshot is untouched).
 * @example
 * // not run: requests every page of the listing from LL2's development server
 * const result = await fetchSnapshot('spacecraft_flights', { out: 'snap', baseUrl: 'dev' });
 * result.records; // distinct flights saved
 */
export async function fetchSnapshot(
  endpoint: FetchEndpoint,
  options: SnapshotOptions,
): Promise<SnapshotResult> {
  const spec = listingSpec(endpoint, options);
  await finishInterruptedSwap(options.out);
  const folder = await openSnapshotFolder(options.out, spec);
  if (!folder.manifest.completed) return crawlInto(folder, null, endpoint, options);
  if (options.useCache) {
    const result = { dir: folder.dir, requests: 0, pagesSaved: 0, fromCache: true };
    return { ...result, ...(await held(folder)), consistent: folder.manifest.consistent };
  }
  const staging = await openSnapshotFolder(refreshFolderOf(options.out), spec);
  return crawlInto(staging, folder, endpoint, options);
}

// Crawls into `target` (resuming after its pages); for a refresh, swaps it in for `old`.
async function crawlInto(
  target: SnapshotFolder,
  old: SnapshotFolder | null,
  endpoint: FetchEndpoint,
  options: SnapshotOptions,
): Promise<SnapshotResult> {
  const result = { dir: options.out, requests: 0, pagesSaved: 0, fromCache: false };
  const earlier = [...(old?.manifest.request_log ?? []), ...target.manifest.request_log];
  const budget = options.budget ?? budgetFor([...new Set(earlier)], options);
  let consistent = true;
  const onEvent: FetchOptions['onEvent'] = (event) => {
    if (event.type === 'request') result.requests++;
    if (event.type === 'still-shifting') consistent = false;
    options.onEvent?.(event);
  };

  // Fetch, saving each page as it comes; on failure say what is kept.
  try {
    const resume = await target.knownPages();
    for await (const page of fetchAll(endpoint, { ...options, budget, resume, onEvent })) {
      await target.savePage(page, budget.log());
      result.pagesSaved++;
    }
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const kept = await keptNote(target, old, error.resumable);
    throw new FetchError(`${error.message}; ${kept}`, error.resumable);
  }
  await target.finish(consistent, budget.log());
  const counts = await held(target);
  if (old !== null) await swapInRefresh(target.dir, old.dir);
  return { ...result, ...counts, consistent };
}

// What a failed crawl leaves, and whether running the same command again goes on from it.
async function keptNote(target: SnapshotFolder, old: SnapshotFolder | null, resumable: boolean) {
  const { pages, records } = await held(target);
  if (old === null) {
    return resumable
      ? messages.fetchSavedSoFar(pages, records, target.dir)
      : messages.fetchSavedNoResume(pages, records, target.dir);
  }
  if (resumable) return messages.fetchRefreshKept(old.dir, target.dir, pages, records);
  await rm(target.dir, { recursive: true, force: true });
  return messages.fetchRefreshDropped(old.dir, target.dir);
}

// The budget goes on from the requests the manifest remembers.
function budgetFor(requestLog: readonly string[], options: SnapshotOptions): RequestBudget {
  const perHour = options.token ? Infinity : FREE_REQUESTS_PER_HOUR;
  const earlier = requestLog.map((iso) => Date.parse(iso));
  return new RequestBudget(perHour, options.clock ?? systemClock, earlier);
}

async function held(folder: SnapshotFolder) {
  const ids = new Set((await folder.knownPages()).flatMap((page) => page.ids));
  return { pages: folder.manifest.pages.length, records: ids.size };
}
