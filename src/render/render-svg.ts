import type { TopLevelSpec } from 'vega-lite';
import { compileChart } from './compile-chart.js';
import { loadVega } from './load-vega.js';

/**
 * Renders a Vega-Lite spec to an SVG document, without a browser.
 *
 * Compiles the spec (see {@link compileChart}; its warnings are dropped here, so check specs
 * with `compileChart` in tests), runs it in a headless Vega view and returns the view's SVG.
 * The SVG's `width` and `height` attributes give its size in pixels, axes and padding
 * included. Vega is loaded lazily. Without node-canvas, Vega estimates text widths from
 * the font size, so long labels may sit slightly closer or further than in a browser.
 *
 * @example
 * const spec = flightsByDecadeChart([{ decade: 1960, decade_name: '1960s', flights: 12 }]);
 * const svg = await renderSvg(spec);
 * svg.startsWith('<svg'); // true
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, compiled] = await Promise.all([loadVega(), compileChart(spec)]);
  const view = new vega.View(vega.parse(compiled.vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
