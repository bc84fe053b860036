import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, test } from 'vitest';
import { flightsByDecadeChart } from '../../src/charts/flights-by-decade-chart.js';
import { timeInSpaceByConfigChart } from '../../src/charts/time-in-space-by-config-chart.js';
import { CHART_FONT } from '../../src/charts/theme.js';
import { messages } from '../../src/messages.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { configSummary, decadeTable } from '../charts/chart-fixtures.js';
import { svgFontFamilies, svgSize, svgTexts } from './svg-parts.js';

describe('renderSvg', () => {
  test('renderSvg(spec) writes the title, subtitle, axis title and axis labels', async () => {
    const texts = svgTexts(await renderSvg(timeInSpaceByConfigChart(configSummary)));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Time in space by spacecraft configuration',
        messages.chartRowsLeftOut(1, 'configuration', 'without data'),
        'Time in space (days)',
        'Apollo CSM',
      ]),
    );
  });

  test('renderSvg(spec) sets every text in DejaVu Sans', async () => {
    const svg = await renderSvg(timeInSpaceByConfigChart(configSummary));
    expect(svgFontFamilies(svg)).toEqual([CHART_FONT]);
  });

  test('renderSvg(spec) is larger than the plot area, for axes and padding', async () => {
    const spec = flightsByDecadeChart(decadeTable, { width: 320, height: 100 });
    const size = svgSize(await renderSvg(spec));
    expect(size.width).toBeGreaterThan(320);
    expect(size.height).toBeGreaterThan(100);
  });

  test('renderSvg(flightsByDecadeChart([])) says "No data"', async () => {
    const texts = svgTexts(await renderSvg(flightsByDecadeChart([])));
    expect(texts).toEqual([messages.chartNoData(), 'Flights by decade']);
  });

  test('renderSvg(spec) rejects a spec Vega-Lite cannot compile', async () => {
    // A mark type Vega-Lite does not know. Vega-Lite does not check specs against its
    // schema: this fails deep in the compiler with a TypeError, not a named error.
    const bad = { mark: 'barre', data: { values: [] } } as unknown as TopLevelSpec;
    await expect(renderSvg(bad)).rejects.toThrow(TypeError);
  });
});
