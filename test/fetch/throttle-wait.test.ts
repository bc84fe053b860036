import { describe, expect, test } from 'vitest';
import { throttleWaitMs } from '../../src/fetch/throttle-wait.js';

describe('throttleWaitMs', () => {
  test('throttleWaitMs(seconds header) is the seconds in milliseconds', () => {
    expect(throttleWaitMs('120', '', 0)).toBe(120_000);
    expect(throttleWaitMs(' 1.5 ', '', 0)).toBe(1500);
  });

  test('throttleWaitMs(HTTP date header) is the time until that date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    // 00:02:30 − 00:00:00 = 150 s
    expect(throttleWaitMs('Thu, 01 Jan 2026 00:02:30 GMT', '', now)).toBe(150_000);
    expect(throttleWaitMs('Wed, 31 Dec 2025 23:00:00 GMT', '', now)).toBe(0);
  });

  test("throttleWaitMs(no header) reads LL2's throttle message", () => {
    const body = '{"detail":"Request was throttled. Expected available in 3599 seconds."}';
    expect(throttleWaitMs(null, body, 0)).toBe(3_599_000);
    expect(throttleWaitMs(null, 'Expected available in 1 second.', 0)).toBe(1000);
  });

  test('throttleWaitMs(nothing said) is null', () => {
    expect(throttleWaitMs(null, '{"detail":"slow down"}', 0)).toBeNull();
    expect(throttleWaitMs('soon', '', 0)).toBeNull();
  });
});
