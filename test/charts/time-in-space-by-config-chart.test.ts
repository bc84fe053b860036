import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { timeInSpaceByConfigChart } from '../../src/charts/time-in-space-by-config-chart.js';
import { messages } from '../../src/messages.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { axisValues, barLabels } from '../render/svg-parts.js';
import { configSummary } from './chart-fixtures.js';
import { deepFreeze } from './deep-freeze.js';
import { golden, goldenText } from './golden.js';

describe('timeInSpaceByConfigChart', () => {
  test('timeInSpaceByConfigChart(configSummary) matches its golden spec', () => {
    const spec = timeInSpaceByConfigChart(configSummary);
    expect(goldenText(spec)).toBe(golden('time-in-space-by-config', spec));
  });

  test('timeInSpaceByConfigChart(configSummary) says 1 configuration is left out', () => {
    // By hand: of the four fixture rows only Vostok 3KA has a null time_in_space_total_s.
    expect(timeInSpaceByConfigChart(configSummary).title).toEqual({
      text: 'Time in space by spacecraft configuration',
      subtitle: messages.chartRowsLeftOut(1, 'configuration', 'without data'),
    });
  });

  test('timeInSpaceByConfigChart(configSummary) draws days, longest first', async () => {
    const svg = await renderSvg(timeInSpaceByConfigChart(configSummary));

    // By hand: 43,200,000 s / 86,400 = 500 d; 2,646,000 / 86,400 = 30.625 d;
    // 43,200 / 86,400 = 0.5 d. The tooltip's ",.1f" format gives 500.0, 30.6 and 0.5.
    expect(axisValues(svg, 'Y')).toEqual(['Dragon 2', 'Apollo CSM', 'Starliner']);
    expect(barLabels(svg)).toEqual([
      'Time in space (days): 30.625; Configuration: Apollo CSM; Days: 30.6; Spacecraft: 3',
      'Time in space (days): 500; Configuration: Dragon 2; Days: 500.0; Spacecraft: 4',
      'Time in space (days): 0.5; Configuration: Starliner; Days: 0.5; Spacecraft: 1',
    ]);
  });

  test('timeInSpaceByConfigChart(table) gives the same spec for a table as for rows', () => {
    const table = aq.from(configSummary.map((row) => ({ ...row })));
    expect(timeInSpaceByConfigChart(table)).toEqual(timeInSpaceByConfigChart(configSummary));
  });

  test('timeInSpaceByConfigChart(rows) does not change its input', () => {
    const rows = deepFreeze(structuredClone(configSummary));
    const spec = timeInSpaceByConfigChart(rows);
    expect(rows).toEqual(configSummary);
    expect((spec as { data: { values: unknown[] } }).data.values[0]).not.toBe(rows[0]);
  });

  test('timeInSpaceByConfigChart(rows, options) takes the title, width and height', () => {
    const spec = timeInSpaceByConfigChart(configSummary, { title: 'T', width: 300, height: 90 });
    expect([spec.title, spec.width, spec.height]).toEqual([
      { text: 'T', subtitle: messages.chartRowsLeftOut(1, 'configuration', 'without data') },
      300,
      90,
    ]);
  });

  test('timeInSpaceByConfigChart(rows) with no total says "No data"', () => {
    // By hand: two rows, both totals null, so both are left out.
    const rows = [configSummary[1], { ...configSummary[1], group_name: 'Voskhod 3KV' }];
    const spec = timeInSpaceByConfigChart(rows);
    expect(goldenText(spec)).toBe(golden('time-in-space-by-config-no-data', spec));
    expect(spec.title).toEqual({
      text: 'Time in space by spacecraft configuration',
      subtitle: messages.chartRowsLeftOut(2, 'configuration', 'without data'),
    });
  });

  test('timeInSpaceByConfigChart([]) says "No data" without a subtitle', () => {
    const spec = timeInSpaceByConfigChart([]);
    expect(spec.title).toEqual({ text: 'Time in space by spacecraft configuration' });
    expect('encoding' in spec && spec.encoding).toEqual({
      text: { value: messages.chartNoData() },
    });
  });
});
