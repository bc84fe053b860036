/**
 * The report page's account of its input: where the data came from and what the loader
 * made of it.
 */
import type { LoadReport } from '../load/load-report.js';
import { escapeHtml } from './escape-html.js';

/**
 * HTML for where the data came from (each input file, its LL2 API versions and record
 * kinds, and when the report was made) and the load report (rows loaded and merged, records
 * skipped with their messages, the duration columns' nulls, zeros and negatives). Every
 * text is escaped.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const { report } = await load(sample);
 * dataSection(report, new Date('2025-01-01T00:00:00Z')); // HTML: the sample file, 10 spacecraft
 */
export function dataSection(report: LoadReport, madeAt: Date): string {
  return [sourcesPart(report, madeAt), loadPart(report), durationsPart(report)].join('\n');
}

function sourcesPart(report: LoadReport, madeAt: Date): string {
  const rows = report.files.map((file) => {
    const kinds = Object.entries(file.kinds)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    return (
      `<li><code>${escapeHtml(file.file)}</code>: LL2 API ` +
      `${escapeHtml(file.versions.join(', ') || 'unknown')}, ${file.records} records ` +
      `(${escapeHtml(kinds || 'none')}), ${file.skipped} skipped</li>`
    );
  });
  const ignored = report.ignoredFiles.map(
    ({ file, reason }) => `<li><code>${escapeHtml(file)}</code>: ${escapeHtml(reason)}</li>`,
  );
  return [
    '<h2 id="data">Where the data came from</h2>',
    `<p>Report made ${escapeHtml(madeAt.toISOString())} from these files:</p>`,
    `<ul class="sources">${rows.join('\n')}</ul>`,
    ignored.length > 0 ? `<p>Not read:</p><ul>${ignored.join('\n')}</ul>` : '',
  ].join('\n');
}

function loadPart(report: LoadReport): string {
  const { spacecraft, flights } = report.tables;
  const skipped = report.skipped.map((s) => `<li>${escapeHtml(s.message)}</li>`);
  return [
    '<h2 id="load-report">Load report</h2>',
    `<p>Loaded ${spacecraft.rows} spacecraft and ${flights.rows} flights ` +
      `(${spacecraft.mergedCopies + flights.mergedCopies} repeated copies merged by id). ` +
      `${report.skipped.length} records skipped.</p>`,
    skipped.length > 0
      ? `<h3>Skipped records</h3><ul class="skipped">${skipped.join('\n')}</ul>`
      : '',
  ].join('\n');
}

function durationsPart(report: LoadReport): string {
  if (report.durations.length === 0) return '';
  const head =
    '<tr><th>table</th><th>column</th><th>values</th><th>nulls</th><th>zeros</th>' +
    '<th>zeros that look like no data</th><th>negatives</th><th>fractional</th></tr>';
  const rows = report.durations.map((d) => {
    const cells = [d.values, d.nulls, d.zeros, d.suspiciousZeros, d.negatives, d.fractional];
    const numbers = cells.map((n) => `<td class="num">${n}</td>`).join('');
    return `<tr><td>${escapeHtml(d.table)}</td><td>${escapeHtml(d.column)}</td>${numbers}</tr>`;
  });
  return `<h3>Duration columns</h3><table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
