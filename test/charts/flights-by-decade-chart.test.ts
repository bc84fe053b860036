import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { flightsByDecadeChart } from '../../src/charts/flights-by-decade-chart.js';
import { messages } from '../../src/messages.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { axisValues, barLabels } from '../render/svg-parts.js';
import { decadeTable } from './chart-fixtures.js';
import { deepFreeze } from './deep-freeze.js';
import { golden, goldenText } from './golden.js';

describe('flightsByDecadeChart', () => {
  test('flightsByDecadeChart(decadeTable) matches its golden spec', () => {
    const spec = flightsByDecadeChart(decadeTable);
    expect(goldenText(spec)).toBe(golden('flights-by-decade', spec));
  });

  test('flightsByDecadeChart(decadeTable) orders decades in time, unknown last', async () => {
    const svg = await renderSvg(flightsByDecadeChart(decadeTable));

    // By hand from the fixture: 1960s, 1970s, 2020s, then the null decade; bars are drawn
    // in input order.
    expect(axisValues(svg, 'X')).toEqual(['1960s', '1970s', '2020s', 'unknown']);
    expect(barLabels(svg)).toEqual([
      'Decade: 1970s; Flights: 30',
      'Decade: unknown; Flights: 2',
      'Decade: 1960s; Flights: 12',
      'Decade: 2020s; Flights: 7',
    ]);
  });

  test('flightsByDecadeChart(table) gives the same spec for an Arquero table as for rows', () => {
    const table = aq.from(decadeTable.map((row) => ({ ...row })));
    expect(flightsByDecadeChart(table)).toEqual(flightsByDecadeChart(decadeTable));
  });

  test('flightsByDecadeChart(rows) does not change its input', () => {
    const rows = deepFreeze(structuredClone(decadeTable));
    flightsByDecadeChart(rows);
    expect(rows).toEqual(decadeTable);
  });

  test('flightsByDecadeChart(rows) leaves out a decade without flights and says so', () => {
    const rows = [...decadeTable, { decade: 1980, decade_name: '1980s', flights: null }];
    expect(flightsByDecadeChart(rows).title).toEqual({
      text: 'Flights by decade',
      subtitle: messages.chartRowsLeftOut(1, 'decade', 'without data'),
    });
  });

  test('flightsByDecadeChart(rows, options) takes the title, width and height', () => {
    const spec = flightsByDecadeChart(decadeTable, { title: 'F', width: 320, height: 100 });
    expect([spec.title, spec.width, spec.height]).toEqual([{ text: 'F' }, 320, 100]);
  });

  test('flightsByDecadeChart([]) says "No data"', () => {
    const spec = flightsByDecadeChart([]);
    expect(goldenText(spec)).toBe(golden('flights-by-decade-no-data', spec));
    expect('encoding' in spec && spec.encoding).toEqual({
      text: { value: messages.chartNoData() },
    });
  });
});
