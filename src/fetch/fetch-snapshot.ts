/**
 * Fetches a listing into a snapshot folder, resuming where an earlier run stopped.
 *
 * Steps: open the folder (it must be new, empty, or a snapshot of the same listing); with
 * `useCache`, a completed snapshot is the answer and nothing is requested; a completed one
 * without it is fetched afresh; otherwise the crawl goes on after the pages saved, drawing
 * on the hourly budget the manifest's request log left. Each page is saved as it arrives.
 * When the fetch fails, what was saved stays, and the error says so.
 */
import { messages } from '../messages.js';
import { systemClock } from './fetch-clock.js';
import { FetchError } from './fetch-error.js';
import { fetchAll, listingSpec, type FetchOptions } from './fetch-all.js';
import type { FetchEndpoint } from './ll2-endpoints.js';
import { FREE_REQUESTS_PER_HOUR, RequestBudget } from './request-budget.js';
import { openSnapshotFolder } from './snapshot-folder.js';

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
 * Fetches `endpoint` into `options.out`, or finishes an interrupted fetch there.
 *
 * @throws FetchError with the cause and what was saved so far.
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
  const folder = await openSnapshotFolder(options.out, spec);
  const result = { dir: folder.dir, requests: 0, pagesSaved: 0, fromCache: false };
  if (folder.manifest.completed && options.useCache) {
    return {
      ...result,
      ...(await held(folder)),
      fromCache: true,
      consistent: folder.manifest.consistent,
    };
  }
  if (folder.manifest.completed) await folder.restart();

  // Fetch, counting requests and saving each page as it comes.
  const budget = options.budget ?? budgetFor(folder.manifest.request_log, options);
  let consistent = true;
  const onEvent: FetchOptions['onEvent'] = (event) => {
    if (event.type === 'request') result.requests++;
    if (event.type === 'still-shifting') consistent = false;
    options.onEvent?.(event);
  };

  try {
    const resume = await folder.knownPages();
    for await (const page of fetchAll(endpoint, { ...options, budget, resume, onEvent })) {
      await folder.savePage(page, budget.log());
      result.pagesSaved++;
    }
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const { pages, records } = await held(folder);
    throw new FetchError(
      `${error.message}; ${messages.fetchSavedSoFar(pages, records, folder.dir)}`,
    );
  }
  await folder.finish(consistent, budget.log());
  return { ...result, ...(await held(folder)), consistent };
}

// The budget goes on from the requests the manifest remembers.
function budgetFor(requestLog: readonly string[], options: SnapshotOptions): RequestBudget {
  const perHour = options.token ? Infinity : FREE_REQUESTS_PER_HOUR;
  const earlier = requestLog.map((iso) => Date.parse(iso));
  return new RequestBudget(perHour, options.clock ?? systemClock, earlier);
}

async function held(folder: Awaited<ReturnType<typeof openSnapshotFolder>>) {
  const ids = new Set((await folder.knownPages()).flatMap((page) => page.ids));
  return { pages: folder.manifest.pages.length, records: ids.size };
}
