/**
 * The URL of a listing's first page; later pages come from the server's `next` links.
 */
import { endpointPath, PAGE_LIMIT, type FetchEndpoint } from './ll2-endpoints.js';

/** What one listing is: where, which endpoint, which version, mode and query. */
export interface ListingSpec {
  baseUrl: string;
  endpoint: FetchEndpoint;
  apiVersion: string;
  mode: string;
  /** The endpoint's own filters, search and ordering, passed through as given. */
  query: Readonly<Record<string, string>>;
}

/**
 * `BASE/VERSION/PATH/?limit=100&mode=MODE&...query`, query keys in sorted order.
 *
 * @example
 * firstPageUrl({ baseUrl: 'http://127.0.0.1:8080', endpoint: 'spacecraft', apiVersion: '2.3.0',
 *   mode: 'normal', query: { ordering: 'id' } });
 * // 'http://127.0.0.1:8080/2.3.0/spacecraft/?limit=100&mode=normal&ordering=id'
 */
export function firstPageUrl(spec: ListingSpec): string {
  const url = new URL(
    `${spec.baseUrl}/${spec.apiVersion}/${endpointPath(spec.endpoint, spec.apiVersion)}/`,
  );
  url.searchParams.set('limit', String(PAGE_LIMIT));
  url.searchParams.set('mode', spec.mode);
  for (const key of Object.keys(spec.query).sort()) {
    if (key !== 'limit' && key !== 'offset' && key !== 'mode') {
      url.searchParams.set(key, spec.query[key] as string);
    }
  }
  return url.href;
}
