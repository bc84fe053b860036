// summarizeSpacecraft on seeded random tables against the summary computed in the test the
// plain way: a Map of groups with their rows, sums in row order, a full sort for the median
// and the maximum. Exact equality: same groups, order, names, nulls and floating-point bits.
import { escape, table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { summarizeSpacecraft } from '../../src/stats/summarize-spacecraft.js';
import { mulberry32 } from '../support/seeded-random.js';

type Row = Record<string, unknown>;

function randomTables(seed: number, rows: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const agencies: [number | null, string | null][] = [
    [44, 'NASA'],
    [63, 'Roscosmos'],
    [999, ''],
    [12, null],
    [null, null],
  ];
  const agency = Array.from({ length: rows }, () => pick(agencies));
  // Spacecraft ids: whole ones (a typed array looks them up) and others (a Map does).
  const id = Array.from({ length: rows }, (_, i) => (i % 7 === 6 ? 1e12 + i : i + 1));
  const spacecraft = table({
    id,
    is_placeholder: agency.map(() => pick([true, false, false, false, null])),
    spacecraft_config_id: agency.map(() => pick([1, 2, 3, null])),
    spacecraft_config_name: agency.map(() => pick(['Soyuz', 'Dragon', null])),
    spacecraft_config_agency_id: agency.map(([a]) => a),
    spacecraft_config_agency_name: agency.map(([, name]) => name),
    flights_count: agency.map(() => pick([null, 0, 1, 1, 2, 5, NaN])),
    time_in_space_s: agency.map(() => {
      const r = random();
      return r < 0.2 ? null : r < 0.25 ? NaN : r < 0.35 ? 0 : r < 0.4 ? -0 : random() * 1e7;
    }),
  });
  const flights = table({
    spacecraft_id: Array.from({ length: rows }, () => (random() < 0.1 ? null : pick(id))),
    launch_net: Array.from({ length: rows }, () =>
      random() < 0.1 ? null : new Date(Date.UTC(1958 + Math.floor(random() * 70), 5, 1)),
    ),
    launch_status_abbrev: Array.from({ length: rows }, () => pick(['Success', 'TBD', null])),
    launch_status_id: Array.from({ length: rows }, () => pick([3, 2, 8, null])),
  });
  return { spacecraft, flights };
}

// The groups: [id, name] per row, rows gathered by a Map keyed by id (null: the unknown one).
function expectedSummary(rows: Row[], keyOf: (row: Row) => [unknown, string], byName: boolean) {
  const groups = new Map<unknown, { id: unknown; name: string; rows: Row[] }>();
  for (const row of rows) {
    const [id, name] = keyOf(row);
    const key = id ?? 'unknown group';
    if (!groups.has(key)) groups.set(key, { id: id ?? null, name, rows: [] });
    groups.get(key)?.rows.push(row);
  }
  const cmp = (a: unknown, b: unknown) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : (a as number) < (b as number) ? -1 : 1;
  const list = [...groups.values()].sort((a, b) =>
    byName ? cmp(a.name, b.name) || cmp(a.id, b.id) : cmp(a.id, b.id) || cmp(a.name, b.name),
  );
  return list.map((g) => figures(g.id, g.name, g.rows));
}

function figures(id: unknown, name: string, rows: Row[]): Row {
  const numbers = (column: string) =>
    rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number' && v === v);
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const time = numbers('time_in_space_s');
  const sorted = Float64Array.from(time).sort();
  const n = time.length;
  const m = n >> 1;
  const flights = numbers('flights_count');
  const counted = rows.filter(
    (r) =>
      r.is_placeholder !== true && r.flights_count != null && !((r.flights_count as number) < 1),
  );
  const flown = counted.length;
  const reflown = counted.filter((r) => (r.flights_count as number) >= 2).length;
  return {
    group_id: id,
    group_name: name,
    spacecraft_count: rows.length,
    flights: flights.length ? sum(flights) : null,
    time_in_space_count: n,
    time_in_space_total_s: n ? sum(time) : null,
    time_in_space_mean_s: n ? sum(time) / n : null,
    time_in_space_median_s:
      n === 0 ? null : n % 2 ? sorted[m] : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2,
    time_in_space_max_s: n ? sorted[n - 1] : null,
    flown_count: flown,
    reflown_count: reflown,
    reuse_rate: flown ? reflown / flown : null,
  };
}

// Each spacecraft's decade of first launched flight, the plain way.
function decadeById(flights: Row[]): Map<unknown, number | null> {
  const first = new Map<unknown, number>();
  for (const f of flights) {
    const abbrev = f.launch_status_abbrev as string | null;
    const planned =
      abbrev !== null
        ? ['Go', 'TBD', 'TBC', 'Hold'].includes(abbrev)
        : [1, 2, 5, 8].includes((f.launch_status_id as number | null) ?? 0);
    const date = f.launch_net as Date | null;
    if (f.spacecraft_id == null || date === null || planned) continue;
    const time = date.getTime();
    if (!first.has(f.spacecraft_id) || time < (first.get(f.spacecraft_id) as number)) {
      first.set(f.spacecraft_id, time);
    }
  }
  const decades = new Map<unknown, number | null>();
  for (const [id, time] of first) {
    decades.set(id, Math.floor(new Date(time).getUTCFullYear() / 10) * 10);
  }
  return decades;
}

describe('summarizeSpacecraft(random tables) equals the plain computation exactly', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => i + 1);

  test.each(seeds)("by 'agency' and 'spacecraft_config', seed %i", (seed) => {
    const tables = randomTables(seed, 400);
    const rows = tables.spacecraft.objects() as Row[];
    const idName = (idColumn: string, nameColumn: string, unknown: string) => (r: Row) =>
      r[idColumn] == null
        ? ([null, unknown] as [unknown, string])
        : ([r[idColumn], (r[nameColumn] as string | null) ?? String(r[idColumn])] as [
            unknown,
            string,
          ]);
    const agencyKey = idName(
      'spacecraft_config_agency_id',
      'spacecraft_config_agency_name',
      'unknown agency',
    );
    const configKey = idName(
      'spacecraft_config_id',
      'spacecraft_config_name',
      'unknown configuration',
    );
    expect(summarizeSpacecraft(tables, { by: 'agency' }).objects()).toStrictEqual(
      expectedSummary(rows, agencyKey, true),
    );
    expect(summarizeSpacecraft(tables, { by: 'spacecraft_config' }).objects()).toStrictEqual(
      expectedSummary(rows, configKey, true),
    );
  });

  test.each(seeds)("by 'decade' and by a column, seed %i", (seed) => {
    const tables = randomTables(seed, 400);
    const rows = tables.spacecraft.objects() as Row[];
    const decades = decadeById(tables.flights.objects() as Row[]);
    const decadeKey = (r: Row): [unknown, string] => {
      const decade = decades.get(r.id) ?? null;
      return [decade, decade === null ? 'unknown' : `${decade}s`];
    };
    expect(summarizeSpacecraft(tables, { by: 'decade' }).objects()).toStrictEqual(
      expectedSummary(rows, decadeKey, false),
    );
    const flightsKey = (r: Row): [unknown, string] =>
      r.flights_count == null ? [null, 'unknown'] : [r.flights_count, String(r.flights_count)];
    // NaN is left out: as an id it makes the order of groups depend on the sort's start. The
    // filtered table is read through a copy of its columns, not in place.
    const kept = escape((d: Row) => !Number.isNaN(d.flights_count));
    const noNaN = { spacecraft: tables.spacecraft.filter(kept) };
    expect(summarizeSpacecraft(noNaN, { by: 'flights_count' }).objects()).toStrictEqual(
      expectedSummary(noNaN.spacecraft.objects() as Row[], flightsKey, false),
    );
  });
});
