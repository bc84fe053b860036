// IdSlots: whole ids below the limit in a typed array, every other id in a Map; both must
// give one slot per id by the Map's own rule of equality (SameValueZero).
import { expect, test } from 'vitest';
import { IdSlots, isWholeId } from '../../src/stats/id-slots.js';

test('new IdSlots(limit).add(id) numbers ids 0, 1, 2 … in the order they are added', () => {
  const slots = new IdSlots(100);
  expect([5, 99, 5, 0, 99].map((id) => slots.add(id))).toEqual([0, 1, 0, 2, 1]);
  expect(slots.size).toBe(3);
  expect(slots.get(5)).toBe(0);
  expect(slots.get(6)).toBe(-1);
});

test('new IdSlots(limit) keeps apart what a Map keeps apart: 1, "1", true, 1.5, -1', () => {
  const slots = new IdSlots(100);
  const ids = [1, '1', true, 1.5, -1, 100, 2 ** 40];
  expect(ids.map((id) => slots.add(id))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(ids.map((id) => slots.get(id))).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test('new IdSlots(limit) gives the same slots as a Map, below and above the limit', () => {
  // Ids below the limit (typed array) and above it, a string and a fraction (Map), in a
  // pattern that also makes the typed array grow several times.
  const ids = Array.from({ length: 5000 }, (_, i) => [i * 7, i * 7 + 0.5, `s${i % 50}`][i % 3]);
  const slots = new IdSlots(10_000);
  const reference = new Map<unknown, number>();
  for (const id of [...ids, ...ids.reverse()]) {
    if (!reference.has(id)) reference.set(id, reference.size);
    expect(slots.add(id)).toBe(reference.get(id));
  }
  expect(slots.size).toBe(reference.size);
});

test('new IdSlots(limit) follows SameValueZero: -0 is 0, NaN is one id', () => {
  const slots = new IdSlots(100);
  expect(slots.add(0)).toBe(0);
  expect(slots.add(-0)).toBe(0);
  expect(slots.add(NaN)).toBe(1);
  expect(slots.add(NaN)).toBe(1);
});

test('isWholeId(id) is true for whole numbers from 0 to 2^32 - 1 only', () => {
  expect([0, -0, 1, 2 ** 32 - 1].map(isWholeId)).toEqual([true, true, true, true]);
  expect([-1, 0.5, 2 ** 32, NaN, '1', null].map(isWholeId)).toEqual(Array(6).fill(false));
});
