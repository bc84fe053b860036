/**
 * Pages through one LL2 listing: follows the server's `next` links from the first page
 * (`limit=100`), then reads again the pages the data shifted under, until the pages agree.
 *
 * Steps: build the first URL (or resume after the pages already held); crawl, checking each
 * `next` link stays on the base URL; then up to `maxRecoveryRounds` rounds of re-reading
 * stale pages (find-stale-pages.ts) and following any `next` link the re-read revealed;
 * last, check that a still listing holds as many distinct records as its count.
 */
import { messages } from '../messages.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff-delay.js';
import { checkNextUrl } from './check-next-url.js';
import { systemClock, type FetchClock } from './fetch-clock.js';
import { FetchError } from './fetch-error.js';
import type { FetchEventSink } from './fetch-event.js';
import { findStalePages, type KnownPage } from './find-stale-pages.js';
import { firstPageUrl, type ListingSpec } from './first-page-url.js';
import { getPage, type PageContext, type ReceivedPage } from './get-page.js';
import { DEFAULT_API_VERSION, resolveBaseUrl, type FetchEndpoint } from './ll2-endpoints.js';
import { FREE_REQUESTS_PER_HOUR, RequestBudget } from './request-budget.js';

/** Rounds of reading stale pages again before the fetcher gives up on a still listing. */
export const MAX_RECOVERY_ROUNDS = 3;

/** Options for {@link fetchAll}; every one has a default. */
export interface FetchOptions {
  /** A URL, or `production` (the default) or `development` for LL2's hosts. */
  baseUrl?: string;
  apiVersion?: string;
  /** `normal` (the default) or `detailed`. */
  mode?: string;
  /** The endpoint's filters, search and ordering, passed through. */
  query?: Readonly<Record<string, string>>;
  /** Sent as `Authorization: Token …`; lifts the hourly budget. */
  token?: string | null;
  /** The hourly budget to draw on; by default 15 requests an hour, none with a token. */
  budget?: RequestBudget;
  clock?: FetchClock;
  random?: () => number;
  timeoutMs?: number;
  maxRetries?: number;
  maxThrottles?: number;
  backoff?: BackoffOptions;
  maxPages?: number;
  maxRecoveryRounds?: number;
  /** Pages already held (from a snapshot's manifest): the crawl goes on after them. */
  resume?: readonly KnownPage[];
  onEvent?: FetchEventSink;
}

/** A page of the listing as received, with its place in the listing. */
export interface FetchedPage extends ReceivedPage {
  /** 0 for the first page of the listing. */
  index: number;
  /** True when it replaces a page read before the data shifted. */
  recovery: boolean;
  sequence: number;
}

/**
 * The listing a fetch reads, from its endpoint and options (defaults filled in).
 *
 * @example
 * listingSpec('spacecraft', {}).baseUrl; // 'https://ll.thespacedevs.com'
 */
export function listingSpec(endpoint: FetchEndpoint, options: FetchOptions): ListingSpec {
  return {
    baseUrl: resolveBaseUrl(options.baseUrl ?? null),
    endpoint,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    mode: options.mode ?? 'normal',
    query: options.query ?? {},
  };
}

/**
 * Every page of an LL2 listing, as an async iterator, in the fewest requests the faults
 * allow. Duplicates from shifting data are resolved by re-reading the stale pages (a
 * recovery page has `recovery: true` and the index of the page it replaces).
 *
 * @throws FetchError when retries run out, a `next` link leaves the base URL, the server
 *   answers something that is not a page, or the pages end (`next: null`) with fewer
 *   distinct records than the listing's count although nothing shifted.
 * @example
 * // not run: needs an LL2 server to answer at the base URL
 * for await (const page of fetchAll('spacecraft', { baseUrl: 'http://127.0.0.1:8080' })) {
 *   console.log(page.index, page.ids.length); // 0 100, 1 100, ...
 * }
 */
export async function* fetchAll(
  endpoint: FetchEndpoint,
  options: FetchOptions = {},
): AsyncGenerator<FetchedPage> {
  const spec = listingSpec(endpoint, options);
  const context = pageContext(options);
  const pages: KnownPage[] = [...(options.resume ?? [])];
  const sequence = { next: Math.max(0, ...pages.map((p) => p.sequence)) + 1 };
  const maxPages = options.maxPages ?? 10_000;

  yield* crawl(spec, pages, context, sequence, maxPages);
  const rounds = options.maxRecoveryRounds ?? MAX_RECOVERY_ROUNDS;
  for (let round = 1; round <= rounds; round++) {
    const stale = findStalePages(pages);
    if (stale.length === 0) break;
    context.onEvent({ type: 'shift', index: stale[0] as number });
    for (const index of stale) {
      const page = await getPage((pages[index] as KnownPage).url, context);
      yield remember(pages, page, index, true, sequence, context);
    }
    yield* crawl(spec, pages, context, sequence, maxPages);
  }
  if (findStalePages(pages).length > 0) context.onEvent({ type: 'still-shifting', rounds });
  else checkNotShort(pages);
}

// A still listing holding fewer distinct records than its count ended early: no re-read can
// fill the gap, and a rerun would find the same pages, so the error is not resumable.
function checkNotShort(pages: readonly KnownPage[]): void {
  if (pages.length === 0) return;
  const latest = pages.reduce((a, b) => (b.sequence > a.sequence ? b : a));
  const distinct = new Set(pages.flatMap((page) => page.ids)).size;
  if (distinct < latest.count) {
    throw new FetchError(messages.fetchListingShort(distinct, latest.count), false);
  }
}

// Follows next links from the last page held (or the first URL when none is held).
async function* crawl(
  spec: ListingSpec,
  pages: KnownPage[],
  context: PageContext,
  sequence: { next: number },
  maxPages: number,
): AsyncGenerator<FetchedPage> {
  const visited = new Set(pages.map((page) => page.url));
  let url = pages.length === 0 ? firstPageUrl(spec) : nextOf(pages[pages.length - 1], spec);
  while (url !== null) {
    if (pages.length >= maxPages) {
      throw new FetchError(messages.fetchTooManyPages(maxPages), false);
    }
    visited.add(url);
    const page = await getPage(url, context);
    yield remember(pages, page, pages.length, false, sequence, context);
    url = nextOf(page, spec);
    if (url !== null && visited.has(url)) throw new FetchError(messages.fetchNextLoop(url));
  }
}

function nextOf(page: { next: string | null } | undefined, spec: ListingSpec): string | null {
  return page?.next == null ? null : checkNextUrl(page.next, spec.baseUrl);
}

// Puts a received page at its index, tells the caller, and returns it as fetched.
function remember(
  pages: KnownPage[],
  page: ReceivedPage,
  index: number,
  recovery: boolean,
  sequence: { next: number },
  context: PageContext,
): FetchedPage {
  const fetched = { ...page, index, recovery, sequence: sequence.next++ };
  const { url, next, count, ids } = fetched;
  pages[index] = { url, next, count, ids, sequence: fetched.sequence };
  context.onEvent({
    type: 'page',
    index,
    count: page.count,
    records: page.ids.length,
    recovery,
    remaining: context.budget.remaining(),
  });
  return fetched;
}

function pageContext(options: FetchOptions): PageContext {
  const clock = options.clock ?? systemClock;
  const token = options.token ?? null;
  const perHour = token ? Infinity : FREE_REQUESTS_PER_HOUR;
  return {
    clock,
    random: options.random ?? Math.random,
    budget: options.budget ?? new RequestBudget(perHour, clock),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 5,
    maxThrottles: options.maxThrottles ?? 5,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    token,
    onEvent: options.onEvent ?? (() => {}),
  };
}
