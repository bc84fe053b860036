/**
 * Guards the `next` links a server returns: the fetcher follows them only on the base URL's
 * own scheme and host, so a page cannot send it (and the token) anywhere else.
 */
import { messages } from '../messages.js';
import { FetchError } from './fetch-error.js';

/**
 * Returns `next` when its scheme, host and port are the base URL's; throws otherwise.
 *
 * @throws FetchError naming the link and the base URL.
 * @example
 * checkNextUrl('http://127.0.0.1:8080/2.3.0/spacecraft/?offset=100', 'http://127.0.0.1:8080');
 * // returns the link; 'http://localhost:8080/...' would throw
 */
export function checkNextUrl(next: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let link: URL;
  try {
    link = new URL(next);
  } catch {
    throw new FetchError(messages.fetchForeignNext(next, baseUrl));
  }
  if (link.protocol !== base.protocol || link.host !== base.host) {
    throw new FetchError(messages.fetchForeignNext(next, baseUrl));
  }
  return link.href;
}
