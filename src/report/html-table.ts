/**
 * A summary table as an HTML table for the report, durations shown in days.
 */
import type { ColumnTable } from 'arquero';
import { escapeHtml } from './escape-html.js';

const DAY_S = 86_400;

/**
 * The HTML of a table: one header cell per column, one row per table row. A column ending in
 * `_s` (seconds) is shown in days with two decimals under a header ending in `_days`; ids and
 * decades as plain whole numbers; other numbers with up to three decimals; a date as ISO 8601
 * UTC; null as a dash marked "no data". Every text is escaped.
 */
export function htmlTable(data: ColumnTable): string {
  const names = data.columnNames();
  const head = names.map((name) => `<th>${escapeHtml(headerOf(name))}</th>`).join('');
  const body: string[] = [];
  for (let row = 0; row < data.numRows(); row++) {
    const cells = names.map((name) => cell(name, data.get(name, row)));
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function headerOf(name: string): string {
  return name.endsWith('_s') ? `${name.slice(0, -2)}_days` : name;
}

/** True when a table has a column in seconds, shown here in days. */
export function hasSecondsColumn(data: ColumnTable): boolean {
  return data.columnNames().some((name) => name.endsWith('_s'));
}

function cell(name: string, value: unknown): string {
  if (value == null) return '<td class="null" title="no data">–</td>';
  if (value instanceof Date) return `<td>${escapeHtml(value.toISOString())}</td>`;
  if (typeof value !== 'number') return `<td>${escapeHtml(String(value))}</td>`;
  if (name.endsWith('_id') || name === 'decade') return `<td class="num">${value}</td>`;
  const shown = name.endsWith('_s') ? value / DAY_S : value;
  const digits = name.endsWith('_s') ? 2 : 3;
  const text = shown.toLocaleString('en-US', { maximumFractionDigits: digits });
  return `<td class="num">${text}</td>`;
}
