import { describe, expect, test } from 'vitest';
import { flightsByDecadeChart } from '../../src/charts/flights-by-decade-chart.js';
import { VEGA_LITE_SCHEMA_URL } from '../../src/charts/theme.js';
import { timeInSpaceByConfigChart } from '../../src/charts/time-in-space-by-config-chart.js';
import { messages } from '../../src/messages.js';
import { chartBundle } from '../../src/notebook/chart-bundle.js';
import {
  JUPYTER_VEGA_LITE_SCHEMA_URL,
  jupyterVegaLiteSpec,
} from '../../src/notebook/jupyter-vega-lite-spec.js';
import { showChart } from '../../src/notebook/show-chart.js';
import type { MimeBundle } from '../../src/notebook/mime-bundle.js';
import { configSummary, decadeTable } from '../charts/chart-fixtures.js';
import { svgTexts } from '../render/svg-parts.js';

const V5_MIME = 'application/vnd.vegalite.v5+json';

describe('jupyterVegaLiteSpec', () => {
  test('jupyterVegaLiteSpec(spec) names the v5 schema and changes nothing else', () => {
    const spec = flightsByDecadeChart(decadeTable);
    const copy = jupyterVegaLiteSpec(spec);
    expect(copy.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect({ ...copy, $schema: spec.$schema }).toEqual(spec);
  });

  test('jupyterVegaLiteSpec(spec) leaves the input spec with its v6 schema', () => {
    const spec = flightsByDecadeChart(decadeTable);
    jupyterVegaLiteSpec(spec).title = 'changed';
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA_URL);
    expect(spec.title).toEqual({ text: 'Flights by decade' });
  });
});

describe('chartBundle', () => {
  test('chartBundle(spec) holds the v5 spec, the SVG and a line of text, nothing else', async () => {
    const spec = timeInSpaceByConfigChart(configSummary);
    const bundle = await chartBundle(spec);
    expect(Object.keys(bundle).sort()).toEqual([V5_MIME, 'image/svg+xml', 'text/plain']);
    expect(bundle[V5_MIME]).toEqual({ ...spec, $schema: JUPYTER_VEGA_LITE_SCHEMA_URL });
    expect(svgTexts(String(bundle['image/svg+xml']))).toContain('Apollo CSM');
  });

  test('chartBundle(spec) text gives the title and the subtitle', async () => {
    const bundle = await chartBundle(timeInSpaceByConfigChart(configSummary));
    // configSummary: Vostok 3KA has no time in space, so 1 configuration is left out.
    expect(bundle['text/plain']).toBe(
      messages.notebookChartText(
        'Time in space by spacecraft configuration',
        messages.chartRowsLeftOut(1, 'configuration', 'without data'),
      ),
    );
  });

  test('chartBundle(spec without title) says untitled', async () => {
    const spec: Record<string, unknown> = { ...flightsByDecadeChart(decadeTable) };
    delete spec.title;
    const bundle = await chartBundle(spec as unknown as Parameters<typeof chartBundle>[0]);
    expect(bundle['text/plain']).toBe(messages.notebookChartText(null, null));
  });
});

describe('showChart', () => {
  test('showChart(spec, { display }) shows exactly one bundle, the chart bundle', async () => {
    const spec = flightsByDecadeChart(decadeTable);
    const shown: MimeBundle[] = [];
    await showChart(spec, { display: (bundle) => shown.push(bundle) });
    expect(shown).toEqual([await chartBundle(spec)]);
  });

  test('showChart(spec) outside tslab rejects with the no-display message', async () => {
    await expect(showChart(flightsByDecadeChart([]))).rejects.toThrow(messages.notebookNoDisplay());
  });
});
