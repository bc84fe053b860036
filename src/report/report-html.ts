/**
 * The report's `index.html`: where the data came from, what was loaded and skipped, every
 * chart (with links to its PNG and Vega-Lite JSON), the charts left out and why, and the
 * summary tables. One self-contained page: no script, no outside resource.
 */
import type { LoadReport } from '../load/load-report.js';
import { escapeHtml } from './escape-html.js';
import { hasSecondsColumn, htmlTable } from './html-table.js';
import type { ReportPlan } from './plan-report.js';

const STYLE = `body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:2rem auto;max-width:70rem;
padding:0 1rem;color:#222}table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.85rem}
th,td{border:1px solid #ccc;padding:0.2rem 0.5rem}td.num{text-align:right}
figure{margin:1rem 0}img{max-width:100%}.left-out{color:#8a4b00}`;

/** What the page needs besides the plan. */
export interface ReportPageInput {
  plan: ReportPlan;
  report: LoadReport;
  madeAt: Date;
}

/** The whole HTML page. */
export function reportHtml({ plan, report, madeAt }: ReportPageInput): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Spaceflight statistics</title><style>${STYLE}</style></head><body>`,
    '<h1>Spaceflight statistics</h1>',
    `<p>Made ${escapeHtml(madeAt.toISOString())} by spaceflight-stats from Launch Library 2 data.</p>`,
    sourcesSection(report),
    chartsSection(plan),
    tablesSection(plan),
    '</body></html>',
    '',
  ].join('\n');
}

function sourcesSection(report: LoadReport): string {
  const rows = report.files.map((file) => {
    const kinds = Object.entries(file.kinds)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    return (
      `<li>${escapeHtml(file.file)}: API ${escapeHtml(file.versions.join(', ') || 'unknown')}, ` +
      `${file.records} records (${escapeHtml(kinds || 'none')}), ${file.skipped} skipped</li>`
    );
  });
  const { spacecraft, flights } = report.tables;
  const skipped = report.skipped.map((s) => `<li>${escapeHtml(s.message)}</li>`);
  return [
    '<h2>Data</h2>',
    `<ul>${rows.join('\n')}</ul>`,
    `<p>Loaded ${spacecraft.rows} spacecraft and ${flights.rows} flights ` +
      `(${spacecraft.mergedCopies + flights.mergedCopies} repeated copies merged by id).</p>`,
    skipped.length > 0 ? `<h3>Skipped records</h3><ul>${skipped.join('\n')}</ul>` : '',
  ].join('\n');
}

function chartsSection(plan: ReportPlan): string {
  const shown = plan.charts
    .filter((c) => c.spec)
    .map((c) => {
      const name = escapeHtml(c.name);
      return (
        `<figure id="chart-${name}"><img src="charts/${name}.svg" alt="${escapeHtml(c.title)}">` +
        `<figcaption>${escapeHtml(c.title)}: <a href="charts/${name}.png">PNG</a>, ` +
        `<a href="charts/${name}.vl.json">Vega-Lite</a></figcaption></figure>`
      );
    });
  const left = plan.charts
    .filter((c) => !c.spec)
    .map((c) => `<li>${escapeHtml(c.title)}: ${escapeHtml(c.leftOutBecause ?? '')}</li>`);
  return [
    '<h2>Charts</h2>',
    shown.join('\n'),
    left.length > 0 ? `<h3>Charts left out</h3><ul class="left-out">${left.join('\n')}</ul>` : '',
  ].join('\n');
}

function tablesSection(plan: ReportPlan): string {
  const parts = plan.tables.map((t) => {
    const name = escapeHtml(t.name);
    return (
      `<h3 id="table-${name}">${escapeHtml(t.title)}</h3>` +
      `<p><a href="tables/${name}.csv">CSV</a>, <a href="tables/${name}.json">JSON</a>` +
      `${hasSecondsColumn(t.table) ? '; times in days (the files hold seconds)' : ''}.</p>\n` +
      htmlTable(t.table)
    );
  });
  const apart = plan.plannedFlights + plan.undatedFlights;
  const note =
    apart > 0
      ? `<p>Not in any decade: ${plan.plannedFlights} flights still planned, ` +
        `${plan.undatedFlights} launched without a date.</p>`
      : '';
  return ['<h2>Tables</h2>', ...parts, note].join('\n');
}
