import { describe, expect, test } from 'vitest';
import { noDataChart } from '../../src/charts/no-data-chart.js';
import { messages } from '../../src/messages.js';

describe('noDataChart', () => {
  test('noDataChart(options, title) is an empty view that says "No data"', () => {
    const spec = noDataChart({}, { title: 'T', subtitle: 'S' });
    expect(spec).toMatchObject({
      title: { text: 'T', subtitle: 'S' },
      data: { values: [{}] },
      width: 400,
      height: 160,
      mark: { type: 'text' },
      encoding: { text: { value: messages.chartNoData() } },
    });
  });

  test('noDataChart(options, title) takes the title, width and height from the options', () => {
    const spec = noDataChart(
      { title: 'U', width: 100, height: 50 },
      { title: 'T', subtitle: null },
    );
    expect([spec.title, spec.width, spec.height]).toEqual([{ text: 'U' }, 100, 50]);
  });
});
