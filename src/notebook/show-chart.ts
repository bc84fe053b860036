/**
 * Shows a chart in a notebook cell.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartBundle } from './chart-bundle.js';
import type { DisplayOptions } from './mime-bundle.js';
import { tslabDisplay } from './tslab-display.js';

/**
 * Shows a chart as one output of the running cell: the bundle of {@link chartBundle}, so
 * Jupyter draws it with its Vega-Lite renderer and falls back to the SVG (and then to the
 * text) where it has none, as on GitHub or in a static export.
 *
 * Vega is loaded lazily inside, so a cell needs no import of its own. Outside tslab, pass
 * `display`. Resolves once the bundle has been shown; the spec is not changed.
 *
 * @example
 * const shown: MimeBundle[] = [];
 * await showChart(flightsByDecadeChart([]), { display: (bundle) => shown.push(bundle) });
 * shown.length; // 1
 */
export async function showChart(spec: TopLevelSpec, options: DisplayOptions = {}): Promise<void> {
  const display = options.display ?? tslabDisplay();
  display(await chartBundle(spec));
}
