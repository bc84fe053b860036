/**
 * The report's `index.html`: where the data came from, the load report, every chart
 * (interactive where scripts run, its static SVG otherwise), the charts left out and why,
 * and the summary tables. One self-contained page: the vega runtime is inlined, and
 * nothing is fetched from anywhere.
 */
import type { LoadReport } from '../load/load-report.js';
import { chartSection, type RenderedChart } from './chart-section.js';
import { dataSection } from './data-section.js';
import { embedScript } from './embed-script.js';
import { escapeHtml } from './escape-html.js';
import { hasSecondsColumn, htmlTable } from './html-table.js';
import type { ReportPlan } from './plan-report.js';
import { inlineScript } from './script-json.js';

export type { RenderedChart } from './chart-section.js';

const STYLE = `body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:2rem auto;max-width:70rem;
padding:0 1rem;color:#222}table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.85rem}
th,td{border:1px solid #ccc;padding:0.2rem 0.5rem}td.num{text-align:right}
figure{margin:1.5rem 0}.chart-view svg{max-width:100%;height:auto}.left-out{color:#8a4b00}
nav ul{display:flex;gap:1rem;list-style:none;padding:0}`;

/** What the page needs besides the plan. */
export interface ReportPageInput {
  plan: ReportPlan;
  report: LoadReport;
  madeAt: Date;
  /** The drawn charts' static SVG and Vega specs, by chart name. */
  rendered: readonly RenderedChart[];
  /** The vega browser build (`vegaLibrary()`), inlined once. */
  vegaLibrary: string;
}

/**
 * The whole HTML page. Every string from the data is escaped (`escapeHtml` in HTML,
 * `scriptJson` in the chart specs); scripts come only from the kit and the vega package.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const loaded = await load(sample);
 * const plan = planReport(loaded);
 * // No chart drawn here, and no vega build inlined: the report command passes both.
 * const page = reportHtml({ plan, report: loaded.report, madeAt: new Date(), rendered: [],
 *   vegaLibrary: '' });
 * page.startsWith('<!doctype html>'); // true
 */
export function reportHtml(input: ReportPageInput): string {
  const { plan, report, madeAt } = input;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Spaceflight statistics</title><style>${STYLE}</style></head><body>`,
    '<h1>Spaceflight statistics</h1>',
    `<p>Made ${escapeHtml(madeAt.toISOString())} by spaceflight-stats from Launch Library 2 data.</p>`,
    '<nav><ul><li><a href="#data">Data</a></li><li><a href="#load-report">Load report</a></li>' +
      '<li><a href="#charts">Charts</a></li><li><a href="#tables">Tables</a></li></ul></nav>',
    dataSection(report, madeAt),
    chartSection(plan.charts, input.rendered),
    tablesSection(plan),
    `<script>${inlineScript(input.vegaLibrary)}</script>`,
    `<script>${embedScript()}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

function tablesSection(plan: ReportPlan): string {
  const parts = plan.tables.map((t) => {
    const name = escapeHtml(t.name);
    return (
      `<h3 id="table-${name}">${escapeHtml(t.title)}</h3>` +
      `<p><a href="tables/${name}.csv">CSV</a>, <a href="tables/${name}.json">JSON</a>, ` +
      `<a href="tables/${name}.arrow">Arrow</a>` +
      `${hasSecondsColumn(t.table) ? '; times in days (the files hold seconds)' : ''}.</p>\n` +
      htmlTable(t.table) +
      (t.name === 'flights-by-decade' ? decadeNote(plan) : '')
    );
  });
  return ['<h2 id="tables">Tables</h2>', ...parts].join('\n');
}

// Under the flights-by-decade table: the flights it cannot place in a decade.
function decadeNote(plan: ReportPlan): string {
  if (plan.plannedFlights + plan.undatedFlights === 0) return '';
  return (
    `\n<p>Not in any decade: ${plan.plannedFlights} flights still planned, ` +
    `${plan.undatedFlights} launched without a date.</p>`
  );
}
