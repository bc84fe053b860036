// firstLaunchTimes (a typed array by id, a Map for other ids) and firstFlightDecades on top
// of it, against a plain Map computed in the test from the rule: the earliest launched
// flight (status not Go, TBD, TBC, Hold; ids 1, 2, 5, 8 without an abbreviation) with a date.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { firstFlightDecades } from '../../src/stats/first-flight-decades.js';
import { firstLaunchTimes } from '../../src/stats/first-launch-times.js';
import { mulberry32 } from '../support/seeded-random.js';

const PLANNED = ['Go', 'TBD', 'TBC', 'Hold'];

function randomFlights(seed: number, rows: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  // Small whole ids (typed array) and ids the typed array cannot hold (Map).
  const ids = [1, 2, 3, 40, 41, 1e12, -3, 2.5, '2', null];
  const statuses: [string | null, number | null][] = [
    ['Success', 3],
    ['Failure', 4],
    ['TBD', 2],
    ['Go', 1],
    [null, 3],
    [null, 8],
    [null, null],
  ];
  const status = Array.from({ length: rows }, () => pick(statuses));
  return table({
    spacecraft_id: Array.from({ length: rows }, () => pick(ids)),
    launch_net: Array.from({ length: rows }, () => {
      const r = random();
      if (r < 0.1) return null;
      if (r < 0.15) return new Date(NaN);
      return new Date(Date.UTC(1955 + Math.floor(random() * 80), 0, 1) + random() * 3e10);
    }),
    launch_status_abbrev: status.map(([abbrev]) => abbrev),
    launch_status_id: status.map(([, id]) => id),
  });
}

// The rule, written plainly: a Map from id to the Date of its first launched flight.
function expectedFirst(flights: ReturnType<typeof randomFlights>): Map<unknown, Date> {
  const first = new Map<unknown, Date>();
  (flights.objects() as Record<string, unknown>[]).forEach((f) => {
    const abbrev = f.launch_status_abbrev as string | null;
    const statusId = f.launch_status_id as number | null;
    const planned =
      abbrev !== null ? PLANNED.includes(abbrev) : [1, 2, 5, 8].includes(statusId ?? 0);
    const date = f.launch_net as Date | null;
    if (f.spacecraft_id == null || date === null || planned) return;
    const earlier = first.get(f.spacecraft_id);
    if (!earlier || date.getTime() < earlier.getTime()) first.set(f.spacecraft_id, date);
  });
  return first;
}

test('firstLaunchTimes(flights) finds each id the time of its first launched flight', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const flights = randomFlights(seed, 120);
    const expected = expectedFirst(flights);
    const first = firstLaunchTimes(flights);
    expect(first.ids).toEqual([...expected.keys()]);
    for (const [id, date] of expected) expect(first.timeOf(id)).toBe(date.getTime());
    // Never launched, or not an id of the table at all.
    for (const id of [4, 2 ** 31, 'x', null, 1.25]) {
      if (!expected.has(id)) expect(first.timeOf(id)).toBeUndefined();
    }
  }
});

test('firstFlightDecades(flights) is the UTC decade of each first flight, ids in table order', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const flights = randomFlights(seed, 120);
    const expected = [...expectedFirst(flights)].map(([id, date]) => {
      const year = date.getUTCFullYear();
      return [id, Number.isNaN(year) ? null : Math.floor(year / 10) * 10];
    });
    expect([...firstFlightDecades(flights)]).toEqual(expected);
  }
});

test('firstLaunchTimes(flights) keeps an invalid first date: no later time replaces NaN', () => {
  const flights = table({
    spacecraft_id: [7, 7],
    launch_net: [new Date(NaN), new Date('1965-03-18T07:00:00Z')],
    launch_status_abbrev: ['Success', 'Success'],
    launch_status_id: [3, 3],
  });
  expect(firstLaunchTimes(flights).timeOf(7)).toBeNaN();
  expect(firstFlightDecades(flights).get(7)).toBeNull();
});
