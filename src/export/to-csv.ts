/**
 * Writes a table as CSV (RFC 4180) that a spreadsheet opens safely.
 */
import type { ColumnTable } from 'arquero';

/**
 * The CSV text of a table: a header row, then one line per row, `\n` line ends. Null is an
 * empty field, a date is its ISO 8601 UTC form, a number is written as a number. A text value
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
 * spreadsheet shows it rather than running it as a formula. Fields holding a comma, quote or
 * line break are quoted.
 *
 * @example
 * import { table } from 'arquero';
 * toCsv(table({ name: ['=SUM(A1)'], n: [-1] })); // "name,n\n'=SUM(A1),-1\n"
 */
export function toCsv(data: ColumnTable): string {
  const names = data.columnNames();
  const columns = names.map((name) => data.array(name));
  const lines = [names.map(field).join(',')];
  for (let row = 0; row < data.numRows(); row++) {
    lines.push(columns.map((column) => field(column[row])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function field(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
