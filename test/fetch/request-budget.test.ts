import { describe, expect, test } from 'vitest';
import { RequestBudget } from '../../src/fetch/request-budget.js';
import { fakeClock } from './support/fake-clock.js';

describe('RequestBudget', () => {
  test('RequestBudget(3).take() waits once 3 requests were made within the hour', async () => {
    const clock = fakeClock(0);
    const budget = new RequestBudget(3, clock);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await budget.take((ms) => waits.push(ms));
      await clock.sleep(1000);
    }
    // requests at 0, 1000, 2000 ms; now 3000: the 4th waits until 0 + 3600000
    expect(budget.remaining()).toBe(0);
    await budget.take((ms) => waits.push(ms));
    expect(waits).toEqual([3_597_000]);
    expect(budget.log()).toEqual([1000, 2000, 3_600_000]);
  });

  test('RequestBudget counts earlier requests it is given, and forgets them after an hour', () => {
    const clock = fakeClock(3_600_000);
    // 0 is exactly an hour ago (forgotten); 1 and 2 ms are not
    const budget = new RequestBudget(15, clock, [2, 0, 1]);
    expect(budget.remaining()).toBe(13);
    expect(budget.log()).toEqual([1, 2]);
  });

  test('RequestBudget(Infinity) never waits', async () => {
    const clock = fakeClock(0);
    const budget = new RequestBudget(Infinity, clock);
    for (let i = 0; i < 50; i++) await budget.take();
    expect(budget.waitMs()).toBe(0);
    expect(clock.sleeps).toEqual([]);
  });
});
