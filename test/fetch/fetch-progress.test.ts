import { describe, expect, test } from 'vitest';
import { FetchProgress, formatDuration } from '../../src/fetch/fetch-progress.js';
import { messages } from '../../src/messages.js';

describe('FetchProgress', () => {
  test('FetchProgress.bar() estimates the time left from the pace so far', () => {
    let now = 0;
    const progress = new FetchProgress(() => now);
    expect(progress.bar()).toBe(
      '[--------------------] 0/? pages, 0 records, no budget limit, time left unknown',
    );
    now = 10_000;
    const line = progress.update({
      type: 'page',
      index: 0,
      count: 450,
      records: 100,
      recovery: false,
      remaining: 2,
    });
    expect(line).toBe(messages.fetchPageLine(0, 100, 450, false));
    // 450 records: 5 pages; 1 read in 10 s, so 4 more take ~40 s; 4 > 2 left in the budget
    expect(progress.bar()).toBe(
      '[####----------------] 1/5 pages, 100 records, budget 2 left this hour, ' +
        '~40 s left (then waits for the budget)',
    );
  });

  test('FetchProgress.update() gives no line for a request, a line for a retry', () => {
    const progress = new FetchProgress(() => 0);
    expect(progress.update({ type: 'request', url: 'u', attempt: 1, remaining: 14 })).toBeNull();
    const retry = {
      type: 'retry',
      url: 'u',
      attempt: 2,
      reason: 'HTTP 500',
      waitMs: 1500,
    } as const;
    expect(progress.update(retry)).toBe(messages.fetchRetryLine('2 s', 2, 'HTTP 500'));
  });

  test('formatDuration rounds to seconds, minutes, then hours and minutes', () => {
    expect(formatDuration(1499)).toBe('1 s');
    expect(formatDuration(119_000)).toBe('119 s');
    // 3 600 000 + 5 × 60 000 ms = 1 h 5 min
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});
