/**
 * A table's first rows as escaped HTML and as text, for a notebook cell.
 */
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { escapeHtml } from '../report/escape-html.js';
import type { MimeBundle } from './mime-bundle.js';

/** Options for {@link tablePreview} and `showTable`. */
export interface TablePreviewOptions {
  /** How many rows to show at most; default 10. The caption gives the full count. */
  limit?: number;
}

/** Rows a preview shows when no `limit` is given. */
export const DEFAULT_PREVIEW_ROWS = 10;

/**
 * The display bundle of a table: `text/html` with a caption giving the row and column
 * counts (see `messages.notebookTableCaption`) and the first `limit` rows, and `text/plain`
 * with the caption alone.
 *
 * Every name and value is escaped. Null shows as an empty cell with the class `null`, a
 * `Date` as its ISO 8601 text in UTC, an object or array as JSON, anything else as its
 * string. A `limit` that is not a whole number of 0 or more throws a RangeError.
 *
 * @example
 * import { table } from 'arquero';
 * const bundle = tablePreview(table({ name: ['<b>', null] }), { limit: 1 });
 * bundle['text/plain']; // '2 rows × 1 column (first 1 shown)'
 */
export function tablePreview(data: ColumnTable, options: TablePreviewOptions = {}): MimeBundle {
  const limit = options.limit ?? DEFAULT_PREVIEW_ROWS;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(messages.previewLimit(limit));
  const names = data.columnNames();
  const shown = Math.min(limit, data.numRows());
  const caption = messages.notebookTableCaption(data.numRows(), names.length, shown);

  // Header, then one row per shown row.
  const head = names.map((name) => `<th>${escapeHtml(name)}</th>`).join('');
  const rows: string[] = [];
  for (let row = 0; row < shown; row++) {
    rows.push(`<tr>${names.map((name) => cell(data.get(name, row))).join('')}</tr>`);
  }
  const html =
    `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n` +
    `<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return { 'text/html': html, 'text/plain': caption };
}

function cell(value: unknown): string {
  if (value == null) return '<td class="null"></td>';
  return `<td>${escapeHtml(cellText(value))}</td>`;
}

function cellText(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
