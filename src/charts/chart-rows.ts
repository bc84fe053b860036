import type { ColumnTable } from 'arquero';

/** What a chart builder accepts: an Arquero table or an array of row objects. */
export type ChartInput = ColumnTable | readonly object[];

/** A row of chart data: the named columns only, each a value or null. */
export type ChartRow = Record<string, unknown>;

/**
 * Copies the rows of a chart's input, keeping only the named columns.
 *
 * The input is never changed: each row is a new object, so the spec does not share rows
 * with the caller (Vega tags the rows it renders). A column a row lacks becomes `null`. A
 * `Date` becomes its ISO 8601 UTC text, so the spec is plain JSON and reads the same in
 * every time zone.
 *
 * @example
 * chartRows([{ group_name: 'Soyuz', flights: 3, extra: true }], ['group_name', 'flights']);
 * // [{ group_name: 'Soyuz', flights: 3 }]
 * chartRows([{ group_name: 'Soyuz' }], ['flights']); // [{ flights: null }]
 * chartRows([{ t: new Date(0) }], ['t']); // [{ t: '1970-01-01T00:00:00.000Z' }]
 */
export function chartRows(input: ChartInput, columns: readonly string[]): ChartRow[] {
  const rows = isTable(input) ? input.objects() : input;
  return rows.map((row) => pick(row as ChartRow, columns));
}

function isTable(input: ChartInput): input is ColumnTable {
  return !Array.isArray(input);
}

function pick(row: ChartRow, columns: readonly string[]): ChartRow {
  return Object.fromEntries(columns.map((column) => [column, plain(row[column])]));
}

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
