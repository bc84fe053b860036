// Checks the rows the real-input goldens are drawn from against an independent
// computation: test/support/ll2-summaries.py reads the same raw JSON with Python's standard
// library alone (its own duration parser, no code of the kit) and sums the same groups.
// A golden alone would only say the spec did not change; this says its numbers are right.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, test } from 'vitest';
import { cumulativeTimeInSpaceChart } from '../../src/charts/cumulative-time-in-space-chart.js';
import { load, type LoadResult } from '../../src/load/load.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { flightTurnarounds } from '../../src/stats/flight-turnarounds.js';
import { flightsByDecadeAndAgency } from '../../src/stats/flights-by-decade-and-agency.js';
import { summarizeAstronauts } from '../../src/stats/summarize-astronauts.js';
import { summarizeSpacecraft } from '../../src/stats/summarize-spacecraft.js';
import { ASTRONAUT_FILE, FLIGHTS_FILE, realAstronauts } from '../support/real-inputs.js';
import { hasRealData, realFile, root } from '../support/real-data.js';

type Groups = Record<string, { count: number; total: number | null }>;
interface PythonSummaries {
  spacecraft_by_agency: Groups;
  flights_by_decade_agency: Record<string, number>;
  cumulative_duration_s: number;
  turnarounds_s: Record<string, number>;
  astronauts_by_agency: Groups;
  astronauts_by_decade: Groups;
}

type Row = Record<string, unknown>;

// count and total of each group of a summary table, keyed by a name column.
function groups(summary: ColumnTable, name: string, count: string): Groups {
  const rows = summary.objects() as Row[];
  return Object.fromEntries(
    rows.map((row) => [
      String(row[name]),
      { count: row[count] as number, total: row.time_in_space_total_s as number | null },
    ]),
  );
}

describe.skipIf(!hasRealData)('golden inputs against an independent Python computation', () => {
  let python: PythonSummaries;
  let loaded: LoadResult;
  beforeAll(async () => {
    const script = path.join(root, 'test/support/ll2-summaries.py');
    const args = [script, realFile(FLIGHTS_FILE), realFile(ASTRONAUT_FILE)];
    python = JSON.parse(execFileSync('python3', args, { encoding: 'utf8' })) as PythonSummaries;
    loaded = await load(realFile(FLIGHTS_FILE));
  });

  test("summarizeSpacecraft(real flights, { by: 'agency' }) matches Python", () => {
    const summary = summarizeSpacecraft(loaded, { by: 'agency' });
    expect(groups(summary, 'group_name', 'spacecraft_count')).toEqual(python.spacecraft_by_agency);
  });

  test('flightsByDecadeAndAgency(real flights) matches Python', () => {
    const rows = flightsByDecadeAndAgency(loaded).table.objects() as Row[];
    const cells = Object.fromEntries(
      rows.map((row) => [`${row.decade as number}|${row.agency_name as string}`, row.flights]),
    );
    expect(cells).toEqual(python.flights_by_decade_agency);
  });

  test('flightTurnarounds(real flights) matches Python', () => {
    const rows = flightTurnarounds(loaded).objects() as Row[];
    const turnarounds = Object.fromEntries(
      rows
        .filter((row) => row.turn_around_time_s != null)
        .map((row) => [String(row.flight_id), row.turn_around_time_s]),
    );
    expect(turnarounds).toEqual(python.turnarounds_s);
  });

  test('cumulativeTimeInSpaceChart(real flights) ends at the Python total', async () => {
    const svg = await renderSvg(cumulativeTimeInSpaceChart(loaded.flights));
    const sums = [...svg.matchAll(/So far \(days\): ([\d,.]+)/g)].map((m) =>
      Number(m[1]!.replaceAll(',', '')),
    );
    // The tooltip rounds to 2 decimals (",.2f"), so compare at that precision.
    const total = Math.round((python.cumulative_duration_s / 86_400) * 100) / 100;
    expect(Math.max(...sums)).toBe(total);
  });

  test('summarizeAstronauts(real astronauts, by agency and by decade) matches Python', async () => {
    const astronauts = await realAstronauts();
    const byAgency = summarizeAstronauts(astronauts, { by: 'agency' });
    const byDecade = summarizeAstronauts(astronauts, { by: 'decade' });
    expect(groups(byAgency, 'group_name', 'astronaut_count')).toEqual(python.astronauts_by_agency);
    expect(groups(byDecade, 'decade_name', 'astronaut_count')).toEqual(python.astronauts_by_decade);
  });
});
