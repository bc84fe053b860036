import { describe, expect, test } from 'vitest';
import { checkNextUrl } from '../../src/fetch/check-next-url.js';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { messages } from '../../src/messages.js';

const BASE = 'http://127.0.0.1:8080';

describe('checkNextUrl', () => {
  test('checkNextUrl keeps a link on the base URL', () => {
    const next = `${BASE}/2.3.0/spacecraft/?limit=100&offset=100`;
    expect(checkNextUrl(next, BASE)).toBe(next);
  });

  test('checkNextUrl refuses another host, port or scheme with a message naming both', () => {
    for (const next of [
      'http://localhost:8080/2.3.0/spacecraft/?offset=100',
      'http://127.0.0.1:8081/2.3.0/spacecraft/?offset=100',
      'https://127.0.0.1:8080/2.3.0/spacecraft/?offset=100',
      'not a url',
    ]) {
      expect(() => checkNextUrl(next, BASE)).toThrow(FetchError);
      expect(() => checkNextUrl(next, BASE)).toThrow(messages.fetchForeignNext(next, BASE));
    }
  });

  test('checkNextUrl refuses with an error that is not resumable', () => {
    const error = (() => {
      try {
        checkNextUrl('http://127.0.0.1:8081/2.3.0/spacecraft/?offset=100', BASE);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).resumable).toBe(false);
    expect((error as FetchError).message).toContain('another host, port or scheme');
  });
});
