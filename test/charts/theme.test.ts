import { describe, expect, test } from 'vitest';
import { BAR_STEP, chartFrame, chartTheme, CHART_FONT } from '../../src/charts/theme.js';

const parts = { rows: [{ a: 1 }], title: 'T', subtitle: null, width: 400, height: 200 };

describe('chartFrame', () => {
  test('chartFrame({}, parts) uses the defaults and leaves out a null subtitle', () => {
    expect(chartFrame({}, parts)).toEqual({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: chartTheme,
      data: { values: [{ a: 1 }] },
      title: { text: 'T' },
      width: 400,
      height: 200,
    });
  });

  test('chartFrame(options, parts) lets the options win', () => {
    const frame = chartFrame({ title: 'U', width: 10, height: 20 }, { ...parts, subtitle: 'S' });
    expect([frame.title, frame.width, frame.height]).toEqual([
      { text: 'U', subtitle: 'S' },
      10,
      20,
    ]);
  });

  test('chartFrame({}, parts) keeps a step size', () => {
    const frame = chartFrame({}, { ...parts, height: { step: BAR_STEP } });
    expect(frame.height).toEqual({ step: 24 });
  });

  test('chartFrame({}, parts) gives each spec its own copy of the theme and rows', () => {
    const frame = chartFrame({}, parts);
    expect(frame.config).not.toBe(chartTheme);
    expect(frame.data.values).not.toBe(parts.rows);
  });
});

describe('chartTheme', () => {
  test('chartTheme is frozen all the way down', () => {
    expect([Object.isFrozen(chartTheme), Object.isFrozen(chartTheme.axis)]).toEqual([true, true]);
  });

  test('chartTheme sets DejaVu Sans for all text and a white background', () => {
    expect([chartTheme.font, CHART_FONT, chartTheme.background]).toEqual([
      'DejaVu Sans',
      'DejaVu Sans',
      'white',
    ]);
  });
});
