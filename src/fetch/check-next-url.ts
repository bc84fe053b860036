/**
 * Guards the `next` links a server returns: the fetcher follows them only on the base URL's
 * own scheme, host and port, so a page cannot send it (and the token) anywhere else.
 */
import { messages } from '../messages.js';
import { FetchError } from './fetch-error.js';

/**
 * Returns `next` when its scheme, host and port are the base URL's; throws otherwise.
 *
 * @throws FetchError naming the link and the base URL (not resumable: a rerun would meet the
 *   same saved link).
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
    throw new FetchError(messages.fetchForeignNext(next, baseUrl), false);
  }
  if (link.protocol !== base.protocol || link.host !== base.host) {
    // Not resumable: the page holding this link is saved, and a rerun reads it again.
    throw new FetchError(messages.fetchForeignNext(next, baseUrl), false);
  }
  return link.href;
}
