/**
 * A table's first rows as escaped HTML and as text, for a notebook cell.
 */
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { escapeHtml } from '../report/escape-html.js';
import type { MimeBundle } from './mime-bundle.js';

/** What a preview shows: an Arquero table, or row objects such as a load report's lists. */
export type PreviewInput = ColumnTable | readonly object[];

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
 * Row objects are shown with one column per key found in any of them, in order of first
 * appearance; a key a row lacks is a null cell.
 *
 * Every name and value is escaped. Null shows as an empty cell with the class `null`, a
 * `Date` as its ISO 8601 text in UTC, a number with a fraction rounded to 3 decimals, an
 * object or array as JSON, anything else as its string. A `limit` that is not a whole number of 0 or more throws a RangeError.
 *
 * @example
 * import { table } from 'arquero';
 * const bundle = tablePreview(table({ name: ['<b>', null] }), { limit: 1 });
 * bundle['text/plain']; // '2 rows × 1 column (first 1 shown)'
 */
export function tablePreview(data: PreviewInput, options: TablePreviewOptions = {}): MimeBundle {
  const limit = options.limit ?? DEFAULT_PREVIEW_ROWS;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(messages.previewLimit(limit));
  const { names, count, get } = gridOf(data);
  const shown = Math.min(limit, count);
  const caption = messages.notebookTableCaption(count, names.length, shown);

  // Header, then one row per shown row.
  const head = names.map((name) => `<th>${escapeHtml(name)}</th>`).join('');
  const rows: string[] = [];
  for (let row = 0; row < shown; row++) {
    rows.push(`<tr>${names.map((name) => cell(get(name, row))).join('')}</tr>`);
  }
  const html =
    `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n` +
    `<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return { 'text/html': html, 'text/plain': caption };
}

interface Grid {
  names: string[];
  count: number;
  get: (name: string, row: number) => unknown;
}

// Column names, row count and cell access, alike for a table and for row objects.
function gridOf(data: PreviewInput): Grid {
  if (!Array.isArray(data)) {
    const table = data as ColumnTable;
    return { names: table.columnNames(), count: table.numRows(), get: (n, r) => table.get(n, r) };
  }
  const rows = data as readonly Record<string, unknown>[];
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { names, count: rows.length, get: (name, row) => rows[row]?.[name] };
}

function cell(value: unknown): string {
  if (value == null) return '<td class="null"></td>';
  return `<td>${escapeHtml(cellText(value))}</td>`;
}

function cellText(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isInteger(value)) return String(round3(value));
  return String(value);
}

// Rounds to 3 decimals; NaN and the infinities stay as they are.
function round3(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value;
}
