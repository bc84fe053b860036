/**
 * The LL2 hosts and the endpoints the fetcher knows, with their paths per API version.
 */

/** LL2's production host (the default base URL). */
export const LL2_PRODUCTION_URL = 'https://ll.thespacedevs.com';
/** LL2's development host: a sampled copy of the database, not rate limited as strictly. */
export const LL2_DEVELOPMENT_URL = 'https://lldev.thespacedevs.com';
/** The API version asked for when none is given. */
export const DEFAULT_API_VERSION = '2.3.0';
/** Records per page: LL2's maximum. */
export const PAGE_LIMIT = 100;

/** The endpoints `fetch` knows, by their 2.3.0 names. */
export const FETCH_ENDPOINTS = [
  'spacecraft',
  'spacecraft_flights',
  'astronauts',
  'spacecraft_configurations',
] as const;

/** One of {@link FETCH_ENDPOINTS}. */
export type FetchEndpoint = (typeof FETCH_ENDPOINTS)[number];

// Before 2.3.0 three of them had other paths (see src/ll2/record-kind.ts).
const OLD_PATHS: Record<FetchEndpoint, string> = {
  spacecraft: 'spacecraft',
  spacecraft_flights: 'spacecraft/flight',
  astronauts: 'astronaut',
  spacecraft_configurations: 'config/spacecraft',
};

/**
 * True when `name` is one of {@link FETCH_ENDPOINTS}.
 *
 * @example
 * isFetchEndpoint('launches'); // false
 */
export function isFetchEndpoint(name: string): name is FetchEndpoint {
  return (FETCH_ENDPOINTS as readonly string[]).includes(name);
}

/**
 * The endpoint's path for an API version: its own name from 2.3.0 on, the older path before.
 *
 * @example
 * endpointPath('astronauts', '2.2.0'); // 'astronaut'
 * endpointPath('astronauts', '2.3.0'); // 'astronauts'
 */
export function endpointPath(endpoint: FetchEndpoint, apiVersion: string): string {
  const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
  // Own keys only: a JavaScript caller's other text is no endpoint the table renames.
  const renamed = Object.hasOwn(OLD_PATHS, endpoint) ? OLD_PATHS[endpoint] : endpoint;
  return major > 2 || (major === 2 && minor >= 3) ? endpoint : renamed;
}

/**
 * A base URL from what the user typed: `production` and `development` (or `dev`) name LL2's
 * hosts; anything else is taken as a URL, without a trailing slash.
 *
 * @example
 * resolveBaseUrl('dev'); // 'https://lldev.thespacedevs.com'
 */
export function resolveBaseUrl(given: string | null): string {
  if (given === null || given === 'production') return LL2_PRODUCTION_URL;
  if (given === 'development' || given === 'dev') return LL2_DEVELOPMENT_URL;
  return given.replace(/\/+$/, '');
}
