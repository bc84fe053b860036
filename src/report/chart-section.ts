/**
 * The report page's charts: each an interactive chart over its static SVG, and the list of
 * charts left out.
 */
import type { Spec as VegaSpec } from 'vega';
import { messages } from '../messages.js';
import { escapeHtml } from './escape-html.js';
import type { PlannedChart } from './plan-charts.js';
import { scriptJson } from './script-json.js';

/** A drawn chart: its static SVG (from `renderSvg`) and its spec compiled to Vega. */
export interface RenderedChart {
  name: string;
  svg: string;
  vega: VegaSpec;
}

/**
 * HTML for the charts: one `<figure>` per drawn chart, holding its static SVG inside an
 * element with `data-chart="NAME"` (which the embed script replaces with the live chart),
 * its Vega spec as `<script type="application/json" id="vega-NAME">` (see `scriptJson`),
 * and links to its PNG, SVG and Vega-Lite files; then each chart left out with its reason.
 * Titles and reasons are escaped; the SVG comes from vega, which escapes its text.
 *
 * @example
 * const chart = { name: 'reuse', title: 'Reuse <by> agency', spec: null, leftOutBecause: 'none' };
 * chartSection([chart], []).includes('<li>Reuse &lt;by&gt; agency: none</li>'); // true
 */
export function chartSection(
  charts: readonly PlannedChart[],
  rendered: readonly RenderedChart[],
): string {
  const byName = new Map(rendered.map((chart) => [chart.name, chart]));
  const shown = charts.flatMap((chart) => {
    const drawn = byName.get(chart.name);
    return chart.spec && drawn ? [figure(chart, drawn)] : [];
  });
  const left = charts
    .filter((chart) => !chart.spec)
    .map((c) => `<li>${escapeHtml(c.title)}: ${escapeHtml(c.leftOutBecause ?? '')}</li>`);
  return [
    '<h2 id="charts">Charts</h2>',
    shown.join('\n'),
    left.length > 0
      ? `<h3 id="charts-left-out">Charts left out</h3><ul class="left-out">${left.join('\n')}</ul>`
      : '',
  ].join('\n');
}

function figure(chart: PlannedChart, drawn: RenderedChart): string {
  const name = escapeHtml(chart.name);
  const fail = escapeHtml(messages.reportInteractiveFailed(chart.name));
  return [
    `<figure class="chart" id="chart-${name}">`,
    `<div class="chart-view" data-chart="${name}" data-fail-message="${fail}">${drawn.svg}</div>`,
    `<figcaption>${escapeHtml(chart.title)}: <a href="charts/${name}.png">PNG</a>, ` +
      `<a href="charts/${name}.svg">SVG</a>, <a href="charts/${name}.vl.json">Vega-Lite</a>` +
      '</figcaption>',
    `<script type="application/json" id="vega-${name}">${scriptJson(drawn.vega)}</script>`,
    '</figure>',
  ].join('\n');
}
