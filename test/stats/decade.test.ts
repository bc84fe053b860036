// decadeOfTime(ms) against the independent answer, Date's own getUTCFullYear on a Date of
// the same time: at both sides of every decade boundary it keeps a table of, at random
// instants over the whole range of Date, and at the edges of that range.
import { expect, test } from 'vitest';
import { decadeOf, decadeOfTime } from '../../src/stats/decade.js';
import { mulberry32 } from '../support/seeded-random.js';

function byDate(ms: number): number | null {
  const year = new Date(ms).getUTCFullYear();
  return Number.isNaN(year) ? null : Math.floor(year / 10) * 10;
}

test('decadeOfTime(ms) agrees with getUTCFullYear a ms either side of each decade start', () => {
  // Years 900 to 3100: the table (1000 to 2990) and beyond both of its ends.
  for (let year = 900; year <= 3100; year += 10) {
    const start = Date.UTC(year, 0, 1);
    for (const ms of [start - 1, start, start + 1, start - 0.5, start + 0.5]) {
      expect(decadeOfTime(ms), `${ms}`).toBe(byDate(ms));
    }
  }
});

test('decadeOfTime(ms) agrees with getUTCFullYear at random instants of the whole range', () => {
  const random = mulberry32(1957);
  const range = 8.64e15;
  for (let i = 0; i < 20_000; i++) {
    // Half over all of Date's range, half over the years of spaceflight.
    const ms = i % 2 === 0 ? (random() * 2 - 1) * range : Date.UTC(1950, 0, 1) + random() * 3e12;
    expect(decadeOfTime(ms)).toBe(byDate(ms));
    expect(decadeOfTime(Math.round(ms))).toBe(byDate(Math.round(ms)));
  }
});

test('decadeOfTime(ms) is null where no Date exists, and takes years before 100 as they are', () => {
  expect([NaN, Infinity, -Infinity, 8.64e15 + 1, -8.64e15 - 1].map(decadeOfTime)).toEqual(
    Array(5).fill(null),
  );
  // 8.64e15 ms is 275760-09-13; -8.64e15 is 271821 BC (year -271821): decade -271830
  expect(decadeOfTime(8.64e15)).toBe(275760);
  expect(decadeOfTime(-8.64e15)).toBe(-271830);
  // Year 42 is not 1942 (Date.UTC would read 42 as 1942): the Date is made with setUTCFullYear
  const year42 = new Date(0);
  year42.setUTCFullYear(42, 6, 1);
  expect(decadeOfTime(year42.getTime())).toBe(40);
  expect(decadeOfTime(-0)).toBe(1970);
});

test('decadeOf(date) is decadeOfTime of its time, null for a non-date or invalid date', () => {
  expect(decadeOf(new Date('1999-12-31T23:59:59.999Z'))).toBe(1990);
  expect(decadeOf(new Date('2000-01-01T00:00:00Z'))).toBe(2000);
  expect(decadeOf(new Date(NaN))).toBeNull();
  expect(decadeOf(null)).toBeNull();
});
