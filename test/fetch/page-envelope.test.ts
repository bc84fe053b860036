import { describe, expect, test } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { pageFacts } from '../../src/fetch/page-envelope.js';
import { messages } from '../../src/messages.js';

describe('pageFacts', () => {
  test('pageFacts takes the count, next link and ids of an LL2 page', () => {
    const page = {
      count: 3,
      next: 'http://127.0.0.1:9/x/?offset=2',
      previous: null,
      results: [{ id: 5 }, { id: 2 }],
    };
    expect(pageFacts(page, 'u')).toEqual({ count: 3, next: page.next, ids: [5, 2] });
  });

  test('pageFacts refuses what is not a page, naming the URL and the value', () => {
    for (const value of [
      [{ id: 1 }],
      { detail: 'Not found.' },
      { count: '3', next: null, results: [] },
      { count: 1, next: 7, results: [{ id: 1 }] },
      { count: 1, next: null, results: [{ id: 'one' }] },
    ]) {
      expect(() => pageFacts(value, 'http://127.0.0.1:9/')).toThrow(FetchError);
      expect(() => pageFacts(value, 'http://127.0.0.1:9/')).toThrow(
        messages.fetchNotAPage('http://127.0.0.1:9/', value),
      );
    }
  });
});
