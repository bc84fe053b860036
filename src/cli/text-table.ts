/**
 * A table as aligned plain text, for the terminal.
 */
import type { ColumnTable } from 'arquero';

/**
 * The lines of a table as text: a header, a rule, then one line per row, columns padded to
 * their widest cell (numbers to the right). Null is an empty cell; a date is its ISO form.
 *
 * @example
 * import { table } from 'arquero';
 * textTable(table({ id: [7], name: ['Ship 37'] }), ['id', 'name']);
 * // ['id  name', '--  -------', ' 7  Ship 37'] (lines end without trailing spaces)
 */
export function textTable(data: ColumnTable, columns: readonly string[]): string[] {
  const cells = columns.map((name) => {
    const values = data.array(name) as unknown[];
    return [name, ...values.map(show)];
  });
  const numeric = columns.map((name) => (data.array(name) as unknown[]).every(isNumberOrNull));
  const widths = cells.map((column) => Math.max(...column.map((cell) => cell.length)));
  const line = (row: number) =>
    cells
      .map((column, c) => {
        const cell = row < 0 ? '-'.repeat(widths[c] as number) : (column[row] as string);
        return numeric[c] && row > 0
          ? cell.padStart(widths[c] as number)
          : cell.padEnd(widths[c] as number);
      })
      .join('  ')
      .trimEnd();
  return [line(0), line(-1), ...Array.from({ length: data.numRows() }, (_, i) => line(i + 1))];
}

function show(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function isNumberOrNull(value: unknown): boolean {
  return value == null || typeof value === 'number';
}
