// load() on each real LL2 file that holds spacecraft, flights, astronauts or configurations.
// Row counts and null counts were counted in the files with Python's json module (an
// independent tool: `sum(1 for r in records if r['time_in_space'] is None)` and the like);
// single values were read off the JSON by eye and converted by hand, arithmetic alongside.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { describe, expect, test } from 'vitest';
import { load, type LoadResult } from '../../src/load/load.js';
import { hasRealData, realDataDir, realFile } from '../support/real-data.js';

const ASTRONAUTS = 'll2-2.2.0-lldev-astronauts-normal-846.json';
const CONFIGS_23 = 'll2-2.3.0-spacecraft_configurations-detailed-46-launchschedule.json';
const CONFIGS_22 = 'll2-2.2.0-config-spacecraft-detailed-46-launchschedule.json';
const FLIGHTS = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

type Row = Record<string, unknown>;

// Each real file is loaded once for all the tests here (tables are never changed in place).
const loads = new Map<string, Promise<LoadResult>>();
function loadReal(name: string): Promise<LoadResult> {
  const found = loads.get(name) ?? load(realFile(name));
  loads.set(name, found);
  return found;
}

function nulls(table: { array(name: string): ArrayLike<unknown> }, column: string): number {
  return Array.from(table.array(column)).filter((v) => v === null).length;
}

function rowById(table: { objects(): object[] }, id: number): Row {
  return (table.objects() as Row[]).find((row) => row.id === id) ?? {};
}

// Per real file and table: rows, and nulls in each duration column. Counted in Python over
// the records (nested spacecraft of the flights file: the 35 distinct ids, whose copies agree
// on these fields); a field the version lacks counts as null on every row.
const DURATION_NULLS: [string, string, number, Record<string, number>][] = [
  [
    'll2-2.2.0-lldev-spacecraft-list-page1-2022.json',
    'spacecraft',
    100,
    {
      time_in_space_s: 100,
      time_docked_s: 100,
      fastest_turnaround_s: 100,
    },
  ],
  [
    'll2-2.2.0-lldev-spacecraft-3-detail-with-flights-2022.json',
    'spacecraft',
    1,
    {
      time_in_space_s: 1,
      time_docked_s: 1,
      fastest_turnaround_s: 1,
    },
  ],
  [
    'll2-2.2.0-lldev-spacecraft-3-detail-with-flights-2022.json',
    'flights',
    1,
    {
      duration_s: 1,
      turn_around_time_s: 1,
    },
  ],
  [FLIGHTS, 'flights', 38, { duration_s: 11, turn_around_time_s: 26 }],
  [FLIGHTS, 'spacecraft', 35, { time_in_space_s: 0, time_docked_s: 0, fastest_turnaround_s: 26 }],
  [ASTRONAUTS, 'astronauts', 846, { time_in_space_s: 0, eva_time_s: 0 }],
  [CONFIGS_23, 'configurations', 46, { fastest_turnaround_s: 33 }],
  [CONFIGS_22, 'configurations', 46, { fastest_turnaround_s: 46 }],
];

describe.skipIf(!hasRealData)('load(each real file): rows and null durations', () => {
  test.each(DURATION_NULLS)('load(%s).%s has %i rows', async (file, table, rows, expected) => {
    const loaded = (await loadReal(file)) as unknown as Record<string, ColumnTable>;
    const t = loaded[table] as ColumnTable;
    expect(t.numRows()).toBe(rows);
    const found = Object.fromEntries(Object.keys(expected).map((c) => [c, nulls(t, c)]));
    expect(found).toEqual(expected);
  });
});

describe.skipIf(!hasRealData)('load(real astronauts file, 2.2.0)', () => {
  test('load(astronauts) gives 846 rows and no null durations', async () => {
    const { astronauts, report } = await loadReal(ASTRONAUTS);
    expect(astronauts.numRows()).toBe(846); // a bare array of 846 records, ids all distinct
    expect(nulls(astronauts, 'time_in_space_s')).toBe(0);
    expect(nulls(astronauts, 'eva_time_s')).toBe(0);
    expect(nulls(astronauts, 'first_flight')).toBe(62); // the data README says 62 too
    expect(nulls(astronauts, 'date_of_birth')).toBe(106);
    expect(nulls(astronauts, 'agency_id')).toBe(10); // "agency": null ten times
    expect(report.skipped).toEqual([]);
  });

  test('load(astronauts) reads Thomas Pesquet (id 1) field by field', async () => {
    const { astronauts } = await loadReal(ASTRONAUTS);
    const pesquet = rowById(astronauts, 1);
    expect(pesquet).toMatchObject({
      name: 'Thomas Pesquet',
      status_name: 'Active',
      agency_id: 27,
      agency_abbrev: 'ESA',
      agency_type_name: 'Multinational', // a string in 2.2.0
      nationality: 'French',
      in_space: false,
      // P396DT11H33M45S = 396*86400 + 11*3600 + 33*60 + 45 = 34214400 + 39600 + 1980 + 45
      time_in_space_s: 34256025,
      // P1DT15H54M = 86400 + 15*3600 + 54*60 = 86400 + 54000 + 3240
      eva_time_s: 143640,
      flights_count: 2,
      landings_count: 2,
      spacewalks_count: 6,
      api_version: '2.2.0',
    });
    expect((pesquet.date_of_birth as Date).toISOString()).toBe('1978-02-27T00:00:00.000Z');
    expect((pesquet.first_flight as Date).toISOString()).toBe('2016-11-17T20:20:13.000Z');
    expect((pesquet.last_flight as Date).toISOString()).toBe('2021-04-23T09:49:02.000Z');
  });

  test('load(astronauts) reads the longest time in space: Starman (638)', async () => {
    const { astronauts } = await loadReal(ASTRONAUTS);
    // P2860DT5H24M13S = 2860*86400 + 5*3600 + 24*60 + 13 = 247104000 + 18000 + 1440 + 13
    expect(rowById(astronauts, 638)).toMatchObject({
      time_in_space_s: 247123453,
      eva_time_s: 0,
      date_of_birth: null,
    });
  });

  test('load(astronauts) counts 70 P0D times in space, 8 of them on astronauts who flew', async () => {
    const { report } = await loadReal(ASTRONAUTS);
    const time = report.durations.find(
      (d) => d.table === 'astronauts' && d.column === 'time_in_space_s',
    );
    // 70 "P0D" (data README); 8 of them with flights_count > 0 (counted in Python)
    expect(time).toMatchObject({ values: 846, nulls: 0, zeros: 70, suspiciousZeros: 8 });
  });
});

describe.skipIf(!hasRealData)('load(real configuration files)', () => {
  test('load(2.3.0 configurations) gives 46 rows, 33 null fastest turnarounds', async () => {
    const { configurations } = await loadReal(CONFIGS_23);
    expect(configurations.numRows()).toBe(46);
    expect(nulls(configurations, 'fastest_turnaround_s')).toBe(33); // data README: 33
    expect(nulls(configurations, 'maiden_flight')).toBe(3); // ids 32, 24 and 44
  });

  test('load(2.3.0 configurations) reads Cargo Dragon 2 (7) with its statistics', async () => {
    const { configurations } = await loadReal(CONFIGS_23);
    const dragon = rowById(configurations, 7);
    expect(dragon).toMatchObject({
      name: 'Cargo Dragon 2',
      type_name: 'Capsule',
      agency_id: 121,
      agency_abbrev: 'SpX',
      agency_type_name: 'Commercial',
      family_names: 'Dragon, Dragon 2',
      in_use: true,
      human_rated: false,
      crew_capacity: null,
      // P164DT6H38M8S = 164*86400 + 6*3600 + 38*60 + 8 = 14169600 + 21600 + 2280 + 8
      fastest_turnaround_s: 14193488,
      spacecraft_flown: 3,
      total_launch_count: 14,
      successful_launches: 14,
      failed_launches: 0,
      attempted_landings: 14,
      successful_landings: 14,
      failed_landings: 0,
    });
    expect((dragon.maiden_flight as Date).toISOString()).toBe('2020-12-06T00:00:00.000Z');
    // PT21H36M20S = 21*3600 + 36*60 + 20 = 75600 + 2160 + 20 (the Apollo Lunar Module, 43)
    expect(rowById(configurations, 43).fastest_turnaround_s).toBe(77780);
  });

  test('load(2.2.0 configurations) gives null columns for the fields 2.2.0 lacks', async () => {
    const { configurations, report } = await loadReal(CONFIGS_22);
    expect(configurations.numRows()).toBe(46);
    for (const column of ['fastest_turnaround_s', 'family_names', 'spacecraft_flown']) {
      expect(nulls(configurations, column), column).toBe(46);
    }
    expect(rowById(configurations, 10).agency_type_name).toBe('Commercial'); // a string in 2.2.0
    expect(report.files[0]?.missingFields.spacecraft_configuration).toEqual(
      expect.arrayContaining(['family', 'fastest_turnaround', 'failed_landings']),
    );
    expect(report.files[0]?.unknownFields).toEqual({});
  });

  test('load(2.2.0 and 2.3.0 configuration files) give the same ids and names', async () => {
    const old = (await loadReal(CONFIGS_22)).configurations;
    const current = (await loadReal(CONFIGS_23)).configurations;
    const pairs = (t: typeof old) =>
      (t.objects() as Row[]).map((r) => `${String(r.id)} ${String(r.name)}`).sort();
    expect(pairs(old)).toEqual(pairs(current));
    expect(pairs(old)).toHaveLength(46);
  });
});

describe.skipIf(!hasRealData)('load(real records, pages built from them)', () => {
  test('load(two overlapping page files of real flights) merges them to 38 rows', async () => {
    const { results } = JSON.parse(await readFile(realFile(FLIGHTS), 'utf8')) as {
      results: unknown[];
    };
    // Page 1 holds records 1-25, page 2 records 16-38: 25 + 23 = 48 read, 10 overlap.
    const dir = await mkdtemp(path.join(tmpdir(), 'sfs-pages-'));
    const first = { count: 38, next: 'x', previous: null, results: results.slice(0, 25) };
    const second = { count: 38, next: null, previous: 'x', results: results.slice(15) };
    await writeFile(path.join(dir, 'page-0002.json'), JSON.stringify(second));
    await writeFile(path.join(dir, 'page-0001.json'), JSON.stringify(first));
    const { flights, report } = await load(dir);
    expect(flights.numRows()).toBe(38);
    expect(report.tables.flights.mergedCopies).toBe(10);
    expect(report.tables.flights.differingIds).toEqual([]);
    expect(report.files.map((f) => f.tables.flights)).toEqual([
      { read: 25, kept: 15, merged: 10 }, // page 1: its last 10 are kept from page 2
      { read: 23, kept: 23, merged: 0 },
    ]);
  });

  test('load(the whole real folder) names every file, fails none', async () => {
    const { report } = await load(realDataDir);
    expect(report.files).toHaveLength(12); // the 12 .json files beside README.md and schema/
    expect(report.skipped).toEqual([]);
    const agencies = report.files.find((f) => f.file.endsWith('agencies-list-268-launchlist.json'));
    expect(agencies).toMatchObject({ records: 268, notAnalysed: 268, kinds: { agency: 268 } });
    expect(report.ignoredFiles.map((i) => i.reason).sort()).toEqual([
      'a folder inside a folder',
      'not .json or .ndjson',
    ]);
  });
});
