// summarizeSpacecraft() on the bundled sample and the real flights file. Every expected
// number is added up by hand from the duration strings in the JSON; the sums are written out.
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { InputError, messages } from '../../src/messages.js';
import { groupSpacecraft, SPACECRAFT_GROUPINGS } from '../../src/stats/group-spacecraft.js';
import { summarizeSpacecraft } from '../../src/stats/summarize-spacecraft.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { SAMPLE } from '../support/sample.js';

type Row = Record<string, unknown>;
const byId = (rows: Row[], id: unknown) => rows.find((row) => row.group_id === id);
const rowsOf = (table: { objects(): object[] }) => table.objects() as Row[];

describe('summarizeSpacecraft(sample)', () => {
  test("summarizeSpacecraft(sample, { by: 'spacecraft_config' }) sums Soyuz by hand", async () => {
    const rows = rowsOf(summarizeSpacecraft(await load(SAMPLE), { by: 'spacecraft_config' }));
    // Soyuz (config 1), five 7K-L1 capsules:
    //   513 P6DT20H24M54S = 518400 + 72000 + 1440 + 54 = 591894
    //   503 P7DT12H29M27S = 604800 + 43200 + 1740 + 27 = 649767
    //   507 P4DT5H30M37S  = 345600 + 18000 + 1800 + 37 = 365437
    //   510 P6DT18H25M49S = 518400 + 64800 + 1500 + 49 = 584749
    //   514 P6DT17H59M21S = 518400 + 61200 + 3540 + 21 = 583161
    // total 2775008, mean 2775008 / 5 = 555001.6, median of the sorted five = 584749
    expect(byId(rows, 1)).toEqual({
      group_id: 1,
      group_name: 'Soyuz',
      spacecraft_count: 5,
      flights: 5,
      time_in_space_count: 5,
      time_in_space_total_s: 2775008,
      time_in_space_mean_s: 555001.6,
      time_in_space_median_s: 584749,
      time_in_space_max_s: 649767,
      flown_count: 5,
      reflown_count: 0,
      reuse_rate: 0,
    });
    // Voskhod (config 16): 536 P21DT17H59M24S = 1814400 + 61200 + 3540 + 24 = 1879164
    expect(byId(rows, 16)).toMatchObject({ spacecraft_count: 1, time_in_space_total_s: 1879164 });
  });

  test("summarizeSpacecraft(sample, { by: 'agency' }) keeps the empty-abbrev agency apart", async () => {
    const rows = rowsOf(summarizeSpacecraft(await load(SAMPLE), { by: 'agency' }));
    expect(rows.map((r) => r.group_name)).toEqual([
      'National Aeronautics and Space Administration',
      'North American Aviation',
      'Russian Federal Space Agency (ROSCOSMOS)',
    ]);
    // North American Aviation (id 999, abbrev ""): Apollo CSM 480, 481 and 26
    //   PT1H33M2S = 3600 + 1980 + 2 = 5582; PT6M50S = 360 + 50 = 410; P6DT3H = 518400 + 10800 = 529200
    //   total 5582 + 410 + 529200 = 535192; median 5582
    expect(byId(rows, 999)).toMatchObject({
      spacecraft_count: 3,
      time_in_space_total_s: 535192,
      time_in_space_median_s: 5582,
      time_in_space_max_s: 529200,
    });
    // ROSCOSMOS (63): the five Soyuz (2775008) + Voskhod (1879164) = 4654172; median of six =
    // (584749 + 591894) / 2 = 588321.5
    expect(byId(rows, 63)).toMatchObject({
      spacecraft_count: 6,
      time_in_space_total_s: 4654172,
      time_in_space_median_s: 588321.5,
    });
  });

  test('summarizeSpacecraft(sample) gives a reuse rate of 0 everywhere: all ten flew once', async () => {
    const loaded = await load(SAMPLE);
    for (const by of ['agency', 'spacecraft_config', 'decade'] as const) {
      const rates = summarizeSpacecraft(loaded, { by }).array('reuse_rate');
      expect(rates.every((rate) => rate === 0)).toBe(true);
    }
  });

  test("summarizeSpacecraft(sample, { by: 'decade' }) puts all ten in 'unknown'", async () => {
    // Normal mode carries no launch dates, so no spacecraft has a known first flight.
    const rows = rowsOf(summarizeSpacecraft(await load(SAMPLE), { by: 'decade' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ group_id: null, group_name: 'unknown', spacecraft_count: 10 });
  });
});

describe.skipIf(!hasRealData)('summarizeSpacecraft(real flights file)', () => {
  const FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

  test("summarizeSpacecraft(flights, { by: 'spacecraft_config' }) adds up Crew Dragon 2", async () => {
    const loaded = await load(realFile(FILE));
    const rows = rowsOf(summarizeSpacecraft(loaded, { by: 'spacecraft_config' }));
    // Crew Dragon 2 (config 6): Endeavour P868DT14H14M29S = 74995200 + 50400 + 840 + 29
    // = 75046469; Freedom P528DT6H17M2S = 45619200 + 21600 + 1020 + 2 = 45641822; the
    // placeholder "Crew Dragon" (452) P0D = 0. Total 120688291.
    // Reuse leaves the placeholder out: Endeavour (6 flights) and Freedom (5) both reflew: 2/2.
    expect(byId(rows, 6)).toMatchObject({
      spacecraft_count: 3,
      flights: 11, // 6 + 5 + 0
      time_in_space_total_s: 120688291,
      flown_count: 2,
      reflown_count: 2,
      reuse_rate: 1,
    });
    // Starship V2 (45): Ship 38 PT1H6M12S = 3972, Ship 37 PT1H6M30S = 3990: 7962
    expect(byId(rows, 45)).toMatchObject({ time_in_space_total_s: 7962, reuse_rate: 0 });
  });

  test("summarizeSpacecraft(flights, { by: 'decade' }) dates spacecraft by their first launched flight", async () => {
    const rows = rowsOf(summarizeSpacecraft(await load(realFile(FILE)), { by: 'decade' }));
    // Ten spacecraft have only TBD or Go launches (541, 290, 447, 548, 549, 547, 452, 569,
    // 613, 630): unknown. The other 35 - 10 = 25 first launched in 2025 or 2026.
    expect(rows.map((r) => [r.group_name, r.spacecraft_count])).toEqual([
      ['2020s', 25],
      ['unknown', 10],
    ]);
  });

  test("summarizeSpacecraft(flights, { by: 'agency' }) finds RSS First Step's 16 flights", async () => {
    const loaded = await load(realFile(FILE));
    const most = loaded.spacecraft
      .orderby((d: { flights_count: number }) => -d.flights_count)
      .object();
    // RSS First Step (453) has flights_count 16, the most in the file.
    expect(most).toMatchObject({ id: 453, name: 'RSS First Step', flights_count: 16 });
  });
});

describe('summarizeSpacecraft(edge cases)', () => {
  test('summarizeSpacecraft(all-null group) gives null figures, never 0', async () => {
    const { spacecraftRecord } = await import('../support/sample.js');
    const loaded = await load({
      json: [spacecraftRecord({ id: 1, time_in_space: null, flights_count: null })],
    });
    const [row] = rowsOf(summarizeSpacecraft(loaded, { by: 'agency' }));
    expect(row).toMatchObject({
      time_in_space_count: 0,
      time_in_space_total_s: null,
      time_in_space_mean_s: null,
      time_in_space_median_s: null,
      time_in_space_max_s: null,
      flights: null,
      flown_count: 0,
      reuse_rate: null,
    });
  });
});

describe('summarizeSpacecraft(hand-made, new groupings)', () => {
  test("summarizeSpacecraft(tables, { by: 'status' }) keeps the report's columns", async () => {
    const { spacecraftTable } = await import('./fixtures.js');
    const rows = rowsOf(summarizeSpacecraft({ spacecraft: spacecraftTable() }, { by: 'status' }));
    expect(rows).toEqual([
      {
        group_id: 1,
        group_name: 'Active',
        spacecraft_count: 4, // 1, 2, 4 (placeholder), 6
        flights: 5, // 3 + 1 + 0 + 1
        time_in_space_count: 4,
        time_in_space_total_s: 4000, // 1000 + 3000 + 0 + 0
        time_in_space_mean_s: 1000,
        time_in_space_median_s: 500, // sorted 0 0 1000 3000: (0 + 1000) / 2
        time_in_space_max_s: 3000,
        flown_count: 3, // 1, 2 and 6; the placeholder is left out
        reflown_count: 1, // only 1 flew again
        reuse_rate: 1 / 3,
      },
      {
        group_id: 2,
        group_name: 'Retired',
        spacecraft_count: 2, // 3 (no data) and 5
        flights: 2,
        time_in_space_count: 1,
        time_in_space_total_s: 500,
        time_in_space_mean_s: 500,
        time_in_space_median_s: 500,
        time_in_space_max_s: 500,
        flown_count: 1,
        reflown_count: 1,
        reuse_rate: 1,
      },
    ]);
  });
});

describe('summarizeSpacecraft(grouping named like an Object.prototype property)', () => {
  // The spacecraft table has no column of these names, so each is an unknown grouping; the
  // named groupings must not be looked up in a plain object where `constructor` is found.
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

  test.each(NAMES)(
    "summarizeSpacecraft(tables, { by: '%s' }) is the unknown-grouping InputError",
    async (by) => {
      const tables = await load(SAMPLE);
      const message = messages.unknownGrouping(
        by,
        SPACECRAFT_GROUPINGS,
        tables.spacecraft.columnNames(),
      );
      expect(tables.spacecraft.columnNames()).not.toContain(by);
      expect(() => summarizeSpacecraft(tables, { by })).toThrow(InputError);
      expect(() => summarizeSpacecraft(tables, { by })).toThrow(message);
      expect(() => groupSpacecraft(tables, by)).toThrow(message);
    },
  );
});
