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
 * The text gives the title and the subtitle (which says what the chart left out); a chart
 * without a title is called `untitled`. Vega is loaded lazily. The input spec is not
 * changed.
 *
 * @example
 * const bundle = await chartBundle(flightsByDecadeChart([]));
 * Object.keys(bundle);
 * // ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 * bundle['text/plain']; // 'Vega-Lite chart "Flights by decade"'
 */
export async function chartBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const svg = await renderSvg(spec);
  return {
    [VEGA_LITE_V5_MIME]: jupyterVegaLiteSpec(spec),
    'image/svg+xml': svg,
    'text/plain': messages.notebookChartText(titleText(spec.title), subtitleText(spec.title)),
  };
}

// The title's text, whether the spec gives a string, lines, or a title object.
function titleText(title: TopLevelSpec['title']): string | null {
  const text = typeof title === 'object' && !Array.isArray(title) ? title.text : title;
  return joinLines(text);
}

// The subtitle's text, when the title is an object that has one.
function subtitleText(title: TopLevelSpec['title']): string | null {
  return typeof title === 'object' && !Array.isArray(title) ? joinLines(title.subtitle) : null;
}

function joinLines(text: unknown): string | null {
  if (text == null) return null;
  return Array.isArray(text) ? text.join(' ') : String(text);
}
