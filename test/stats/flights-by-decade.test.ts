// flightsByDecade() on the real flights file and on dates at a decade's edge.
import { table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { decadeOf } from '../../src/stats/decade.js';
import { flightsByDecade } from '../../src/stats/flights-by-decade.js';
import { hasRealData, realFile } from '../support/real-data.js';

describe.skipIf(!hasRealData)('flightsByDecade(real flights file)', () => {
  test('flightsByDecade(flights) counts 27 launched in the 2020s and 11 planned apart', async () => {
    const { flights } = await load(realFile('ll2-2.3.0-lldev-spacecraft_flights-normal-38.json'));
    const result = flightsByDecade(flights);
    // Launch statuses in the file: 10 TBD and 1 Go (flight 912) are planned; the other
    // 38 - 11 = 27 are Success, all with net dates in 2025 or 2026.
    expect(result.table.objects()).toEqual([{ decade: 2020, decade_name: '2020s', flights: 27 }]);
    expect(result.planned).toBe(11);
    expect(result.undated).toBe(0);
  });
});

describe('decadeOf(date)', () => {
  test('decadeOf(1969-12-31T23:30Z) is 1960 in every time zone', () => {
    // In Pacific/Chatham (UTC+13:45) this instant is already 1970 locally; decades use UTC.
    expect(decadeOf(new Date('1969-12-31T23:30:00Z'))).toBe(1960);
    expect(decadeOf(new Date('1970-01-01T00:00:00Z'))).toBe(1970);
    expect(decadeOf(null)).toBeNull();
  });

  test('flightsByDecade(flights at the edge) splits 1969 from 1970 by UTC year', () => {
    const flights = table({
      launch_net: [new Date('1969-12-31T23:59:59Z'), new Date('1970-01-01T00:00:00Z'), null],
      launch_status_abbrev: ['Success', 'Failure', 'Success'],
      launch_status_id: [3, 4, 3],
    });
    const result = flightsByDecade(flights);
    expect(result.table.objects()).toEqual([
      { decade: 1960, decade_name: '1960s', flights: 1 },
      { decade: 1970, decade_name: '1970s', flights: 1 },
    ]);
    expect(result.undated).toBe(1);
  });
});
