// planReport() and the pieces of the page that keep data out of markup.
import { table } from 'arquero';
import { beforeAll, describe, expect, test } from 'vitest';
import { load, type LoadResult } from '../../src/load/load.js';
import { messages } from '../../src/messages.js';
import { planReport } from '../../src/report/plan-report.js';
import { inlineScript, scriptJson } from '../../src/report/script-json.js';
import { SAMPLE } from '../support/sample.js';
import { hasRealData, realFile } from '../support/real-data.js';

const astronauts = () =>
  table({
    id: [1],
    agency_id: [44],
    agency_name: ['NASA'],
    time_in_space_s: [86_400],
    eva_time_s: [null],
    nationality: ['American'],
    first_flight: [new Date('1998-12-04T08:35:34Z')],
  });

// The reason each chart was left out, by name; drawn charts are absent.
function leftOut(loaded: LoadResult): Record<string, string | null> {
  const charts = planReport(loaded).charts.filter((chart) => chart.spec === null);
  return Object.fromEntries(charts.map((chart) => [chart.name, chart.leftOutBecause]));
}

describe('planReport', () => {
  let sample: LoadResult;
  beforeAll(async () => {
    sample = await load(SAMPLE);
  });

  test('planReport(sample) draws the spacecraft charts and names every flight chart', () => {
    // The sample: ten normal-mode spacecraft, no flights, no astronauts.
    expect(leftOut(sample)).toEqual({
      'flights-by-decade': messages.chartNoLaunchDates(0, 0),
      'flights-by-decade-agency': messages.chartNoLaunchDates(0, 0),
      'cumulative-time-in-space': messages.chartNoFlights(),
      'turnaround-times': messages.chartNoFlights(),
      'astronaut-time-by-agency': messages.chartNoAstronauts(),
      'astronaut-time-by-decade': messages.chartNoAstronauts(),
    });
  });

  test('planReport(loaded with astronauts) draws the astronaut charts and their tables', () => {
    const plan = planReport({ ...sample, astronauts: astronauts() } as LoadResult);
    const drawn = plan.charts.filter((chart) => chart.spec !== null).map((chart) => chart.name);
    expect(drawn).toEqual(
      expect.arrayContaining(['astronaut-time-by-agency', 'astronaut-time-by-decade']),
    );
    expect(plan.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['astronauts-by-agency', 'astronauts-by-decade']),
    );
  });

  test('planReport(loaded with an empty astronauts table) leaves their charts out', () => {
    const empty = astronauts().filter(() => false);
    const reasons = leftOut({ ...sample, astronauts: empty } as LoadResult);
    expect(reasons['astronaut-time-by-agency']).toBe(messages.chartNoAstronauts());
  });
});

describe('scriptJson', () => {
  test('scriptJson(value) cannot close its script element and parses back', () => {
    const value = { name: '</script><!-- & \u2028' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test('inlineScript(source) escapes a closing script tag in any case', () => {
    expect(inlineScript('a = "</SCRIPT>";')).toBe('a = "<\\/SCRIPT>";');
  });
});

describe.skipIf(!hasRealData)('planReport(real flights and astronauts)', () => {
  test('planReport(loaded) tables EVA time by agency: the Canadian Space Agency by hand', async () => {
    const loaded = await load([
      realFile('ll2-2.3.0-lldev-spacecraft_flights-normal-38.json'),
      realFile('ll2-2.2.0-lldev-astronauts-normal-846.json'),
    ]);
    const table = planReport(loaded).tables.find((t) => t.name === 'astronauts-by-agency');
    const csa = (table?.table.objects() as Record<string, unknown>[]).find(
      (row) => row.group_name === 'Canadian Space Agency',
    );
    // 12 CSA astronauts in the file; eva_time PT14H50M = 53,400, PT6H29M = 23,340,
    // PT7H11M = 25,860, PT17H30M = 63,000 and eight P0D: 53,400 + 23,340 + 25,860 + 63,000
    // = 165,600 s, the longest 63,000 s.
    expect(csa).toMatchObject({
      astronaut_count: 12,
      eva_time_count: 12,
      eva_time_total_s: 165_600,
      eva_time_max_s: 63_000,
    });
  });
});
