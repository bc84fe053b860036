import type { TopLevelSpec } from 'vega-lite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { flightsByDecadeChart } from '../../src/charts/flights-by-decade-chart.js';
import { compileChart } from '../../src/render/compile-chart.js';
import { decadeTable } from '../charts/chart-fixtures.js';
import { deepFreeze } from '../charts/deep-freeze.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('compileChart', () => {
  test('compileChart(spec) collects Vega-Lite warnings instead of printing them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A bar mark has no shape channel: Vega-Lite drops it with one warning.
    const spec: TopLevelSpec = {
      data: { values: [{ a: 1, b: 'x' }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b' } },
    };
    const { warnings } = await compileChart(spec);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/shape/);
    expect(warn).not.toHaveBeenCalled();
  });

  test('compileChart(spec) gives a Vega spec with the data inline', async () => {
    const { vega, warnings } = await compileChart(flightsByDecadeChart(decadeTable));
    expect(warnings).toEqual([]);
    expect(vega.$schema).toMatch(/^https:\/\/vega\.github\.io\/schema\/vega\/v6/);
    expect(JSON.stringify(vega.data)).toContain('"decade_name":"unknown"');
  });

  test('compileChart(spec) does not change the spec', async () => {
    const spec = deepFreeze(flightsByDecadeChart(decadeTable));
    const copy = structuredClone(spec);
    await compileChart(spec);
    expect(spec).toEqual(copy);
  });
});
