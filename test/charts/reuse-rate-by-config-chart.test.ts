import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { reuseRateByConfigChart } from '../../src/charts/reuse-rate-by-config-chart.js';
import { messages } from '../../src/messages.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { axisValues, barLabels, svgTexts } from '../render/svg-parts.js';
import { configSummary } from './chart-fixtures.js';
import { deepFreeze } from './deep-freeze.js';
import { golden, goldenText } from './golden.js';

const LEFT_OUT = 'without flown spacecraft';

describe('reuseRateByConfigChart', () => {
  test('reuseRateByConfigChart(configSummary) matches its golden spec', () => {
    const spec = reuseRateByConfigChart(configSummary);
    expect(goldenText(spec)).toBe(golden('reuse-rate-by-config', spec));
  });

  test('reuseRateByConfigChart(configSummary) says 1 configuration is left out', () => {
    // By hand: of the four fixture rows only Starliner (flown_count 0) has a null reuse_rate.
    expect(reuseRateByConfigChart(configSummary).title).toEqual({
      text: 'Spacecraft reuse by configuration',
      subtitle: messages.chartRowsLeftOut(1, 'configuration', LEFT_OUT),
    });
  });

  test('reuseRateByConfigChart(configSummary) draws rates with n, highest first', async () => {
    const svg = await renderSvg(reuseRateByConfigChart(configSummary));

    // By hand: Dragon 2 3/4 = 75 % of n=4, Apollo CSM 1/3 = 33 % of n=3, Vostok 3KA 0/1.
    expect(axisValues(svg, 'Y')).toEqual([
      'Dragon 2 (n=4)',
      'Apollo CSM (n=3)',
      'Vostok 3KA (n=1)',
    ]);
    // Bars are drawn in input order; each label is the x, the y, then the tooltip fields.
    const share = 'Share of flown spacecraft (n) that flew again';
    expect(barLabels(svg)).toEqual([
      `${share}: 33%; Configuration (n flown): Apollo CSM (n=3); Configuration: Apollo CSM; ` +
        'Reuse rate: 33%; Flew again: 1; Flown: 3',
      `${share}: 0%; Configuration (n flown): Vostok 3KA (n=1); Configuration: Vostok 3KA; ` +
        'Reuse rate: 0%; Flew again: 0; Flown: 1',
      `${share}: 75%; Configuration (n flown): Dragon 2 (n=4); Configuration: Dragon 2; ` +
        'Reuse rate: 75%; Flew again: 3; Flown: 4',
    ]);
    // A 0-100 % axis with tickCount 5: d3 picks steps of 20 %.
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0%', '20%', '40%', '100%']));
  });

  test('reuseRateByConfigChart(table) gives the same spec for an Arquero table as for rows', () => {
    const table = aq.from(configSummary.map((row) => ({ ...row })));
    expect(reuseRateByConfigChart(table)).toEqual(reuseRateByConfigChart(configSummary));
  });

  test('reuseRateByConfigChart(rows) does not change its input', () => {
    const rows = deepFreeze(structuredClone(configSummary));
    reuseRateByConfigChart(rows);
    expect(rows).toEqual(configSummary);
  });

  test('reuseRateByConfigChart(rows, options) takes the title, width and height', () => {
    const spec = reuseRateByConfigChart(configSummary, { title: 'R', width: 200, height: 80 });
    expect([spec.title, spec.width, spec.height]).toEqual([
      { text: 'R', subtitle: messages.chartRowsLeftOut(1, 'configuration', LEFT_OUT) },
      200,
      80,
    ]);
  });

  test('reuseRateByConfigChart(rows) with no reuse rate says "No data"', () => {
    // By hand: the one row, Starliner, has reuse_rate null.
    const spec = reuseRateByConfigChart([configSummary[3]]);
    expect(goldenText(spec)).toBe(golden('reuse-rate-by-config-no-data', spec));
    expect('encoding' in spec && spec.encoding).toEqual({
      text: { value: messages.chartNoData() },
    });
  });
});
