/**
 * A chart as one notebook output: interactive where Jupyter can, a picture where it cannot.
 */
import type { TopLevelSpec } from 'vega-lite';
import { messages } from '../messages.js';
import { renderSvg } from '../render/render-svg.js';
import { jupyterVegaLiteSpec, VEGA_LITE_V5_MIME } from './jupyter-vega-lite-spec.js';
import type { MimeBundle } from './mime-bundle.js';

/**
 * The display bundle of a chart: the spec under `application/vnd.vegalite.v5+json` (with a
 * v5 `$schema`, see {@link jupyterVegaLiteSpec}), its SVG under `image/svg+xml` (rendered
 * from the spec as given, see {@link renderSvg}) and a line of text under `text/plain`.
 *
 * The text names the title and the number of data rows; a chart without a title is
 * called `untitled`. Vega is loaded lazily. The input spec is not changed.
 *
 * @example
 * const bundle = await chartBundle(flightsByDecadeChart([]));
 * Object.keys(bundle);
 * // ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 * bundle['text/plain']; // 'Vega-Lite chart "Flights by decade", 1 data row'
 */
export async function chartBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const svg = await renderSvg(spec);
  return {
    [VEGA_LITE_V5_MIME]: jupyterVegaLiteSpec(spec),
    'image/svg+xml': svg,
    'text/plain': messages.notebookChartText(titleOf(spec), dataRows(spec)),
  };
}

// The title's text, whether the spec gives a string, lines, or a title object.
function titleOf(spec: TopLevelSpec): string | null {
  const title = spec.title;
  const text = typeof title === 'object' && !Array.isArray(title) ? title.text : title;
  if (text == null) return null;
  return Array.isArray(text) ? text.join(' ') : String(text);
}

// The number of inline data rows, or null when the data is not inline values.
function dataRows(spec: TopLevelSpec): number | null {
  const data: unknown = spec.data;
  if (typeof data !== 'object' || data === null || !('values' in data)) return null;
  return Array.isArray(data.values) ? data.values.length : null;
}
