// A guard for tests that run the fetcher in-process: while it is on, a request to any host
// but 127.0.0.1 throws before it is sent, so a bug can never reach LL2 or anywhere else.
import { afterAll, beforeAll } from 'vitest';

/** Wraps the global fetch for the tests of the calling file. */
export function allowLoopbackOnly(): void {
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname !== '127.0.0.1') {
        throw new Error(`test guard: refusing a request to ${url.origin} (not 127.0.0.1)`);
      }
      return realFetch(input, init);
    };
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
}
