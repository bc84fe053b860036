/**
 * `spaceflight-stats fetch ENDPOINT --out DIR`: a snapshot of one LL2 listing, saved page by
 * page, with progress as it goes and a summary at the end.
 */
import { MAX_RECOVERY_ROUNDS } from '../fetch/fetch-all.js';
import type { FetchClock } from '../fetch/fetch-clock.js';
import { FetchError } from '../fetch/fetch-error.js';
import { FetchProgress } from '../fetch/fetch-progress.js';
import { fetchSnapshot, type SnapshotOptions } from '../fetch/fetch-snapshot.js';
import { FETCH_ENDPOINTS, isFetchEndpoint, resolveBaseUrl } from '../fetch/ll2-endpoints.js';
import { messages } from '../messages.js';
import { checkFetchOut } from './check-fetch-out.js';
import type { CommandLine } from './parse-args.js';

/** What the command reads from its surroundings; tests replace the clock and the terminal. */
export interface FetchCommandDeps {
  env?: NodeJS.ProcessEnv;
  clock?: FetchClock;
  random?: () => number;
  /** Draws the progress bar in place; absent when output is not a terminal. */
  drawBar?: ((text: string) => void) | null;
}

/**
 * Checks the options, fetches the snapshot and prints progress and a summary. The token comes
 * from `--token` or `LL2_TOKEN` and is never printed.
 *
 * @throws FetchError (an InputError: one line, exit code 1) on bad options or a failed fetch.
 * @example
 * // not run: requests every page of the spacecraft listing from LL2
 * // spaceflight-stats fetch spacecraft --out snap --ordering id
 * await fetchCommand(parseCommandLine(['fetch', 'spacecraft', '--out', 'snap']), console.log);
 */
export async function fetchCommand(
  args: CommandLine,
  print: (line: string) => void,
  deps: FetchCommandDeps = {},
): Promise<void> {
  const [endpoint, ...extra] = args.inputs;
  if (endpoint === undefined) throw new FetchError(messages.fetchMissingEndpoint(FETCH_ENDPOINTS));
  if (!isFetchEndpoint(endpoint) || extra.length > 0) {
    throw new FetchError(
      messages.fetchUnknownEndpoint([endpoint, ...extra].join(' '), FETCH_ENDPOINTS),
    );
  }
  const options = snapshotOptions(args, deps);

  // Plain lines for events; on a terminal, the bar is redrawn under them.
  const drawBar = deps.drawBar === undefined ? terminalBar() : deps.drawBar;
  const progress = new FetchProgress(() => (deps.clock ?? { now: Date.now }).now());
  options.onEvent = (event) => {
    const line = progress.update(event);
    if (line !== null && (drawBar === null || event.type !== 'page')) {
      drawBar?.('');
      print(line);
    }
    drawBar?.(progress.bar());
  };
  const result = await fetchSnapshot(endpoint, options);
  if (drawBar) print(''); // ends the bar's line
  print(
    result.fromCache
      ? messages.fetchFromCache(result.dir, result.pages, result.records)
      : messages.fetchSummary(
          result.requests,
          result.pagesSaved,
          result.pages,
          result.records,
          result.dir,
        ),
  );
  if (!result.consistent) print(messages.fetchStillShifting(MAX_RECOVERY_ROUNDS));
}

function snapshotOptions(args: CommandLine, deps: FetchCommandDeps): SnapshotOptions {
  const given = args.fetch;
  if (args.out === null) throw new FetchError(messages.fetchOutRequired());
  const mode = given.mode ?? 'normal';
  if (mode !== 'normal' && mode !== 'detailed') {
    throw new FetchError(messages.fetchBadOption('--mode', mode, 'normal or detailed'));
  }
  const apiVersion = given.apiVersion ?? undefined;
  if (apiVersion !== undefined && !/^\d+\.\d+\.\d+$/.test(apiVersion)) {
    throw new FetchError(
      messages.fetchBadOption('--api-version', apiVersion, 'a version such as 2.3.0'),
    );
  }
  const env = deps.env ?? process.env;
  return {
    out: checkFetchOut(args.out),
    baseUrl: checkBaseUrl(given.baseUrl),
    apiVersion,
    mode,
    query: queryOf(given.ordering, given.filters),
    token: given.token ?? env.LL2_TOKEN ?? null,
    useCache: given.useCache,
    timeoutMs: timeoutOf(given.timeout),
    clock: deps.clock,
    random: deps.random,
  };
}

function checkBaseUrl(given: string | null): string {
  const url = resolveBaseUrl(given);
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Not a URL at all: reported below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new FetchError(
      messages.fetchBadOption('--base-url', given, 'an http(s) URL, production or development'),
    );
  }
  return url;
}

// --ordering FIELD and --filter KEY=VALUE (repeated) become the listing's query.
// The keys are the user's text: Object.fromEntries makes each an own property, where an
// assignment to `query['__proto__']` would be lost.
function queryOf(ordering: string | null, filters: readonly string[]): Record<string, string> {
  const entries = filters.map((filter) => {
    const at = filter.indexOf('=');
    if (at <= 0) throw new FetchError(messages.fetchBadOption('--filter', filter, 'KEY=VALUE'));
    return [filter.slice(0, at), filter.slice(at + 1)] as const;
  });
  if (ordering !== null) entries.push(['ordering', ordering]);
  return Object.fromEntries(entries);
}

function timeoutOf(given: string | null): number | undefined {
  if (given === null) return undefined;
  const seconds = Number(given);
  if (!(seconds > 0) || !Number.isFinite(seconds)) {
    throw new FetchError(messages.fetchBadOption('--timeout', given, 'seconds, more than 0'));
  }
  return seconds * 1000;
}

function terminalBar(): ((text: string) => void) | null {
  if (!process.stdout.isTTY) return null;
  return (text) => process.stdout.write(`\r\u001b[2K${text}`);
}
