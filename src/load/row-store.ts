/**
 * The rows read for one table, kept column by column as they are read: one array of cells
 * per table column, and beside them what merging copies of one id needs to know of each row.
 *
 * Rows are added in reading order (files in sorted path order, records in file order), so a
 * row's index is its place in that order. Writing cells straight into columns spares an
 * object per record and a transposition into columns at the end; when no id is read twice,
 * the columns become the table as they are.
 */
import type { ApiVersion } from '../ll2/record-kind.js';
import type { Place } from '../messages.js';
import type { ColumnSpec } from './column-spec.js';
import type { Cell } from './field-readers.js';
import { rowReader, type RowReader } from './row-reader.js';
import { TABLE_COLUMNS, type TableName } from './table-columns.js';

/** The rows of one table, column by column, with each row's merge facts. */
export interface RowStore {
  table: TableName;
  /** The table's column names, in order. */
  columns: readonly string[];
  /** One array of cells per column, in the order of `columns`. */
  cells: Cell[][];
  /** Each row's id. */
  ids: number[];
  /** Each row's copy was nested in another record (a flight's spacecraft). */
  nested: boolean[];
  /** Each row's own `last_updated`, in ms since 1970, or null. */
  lastUpdated: (number | null)[];
  /** When each row's file was fetched, from a snapshot manifest, in ms since 1970, or null. */
  fetchedAt: (number | null)[];
  /** Rows added. */
  length: number;
  /** The row being read, by column index; added only once all of it was read. */
  draft: Cell[];
  /** Readers by spec list, built on first use. */
  readers: Map<readonly ColumnSpec[], RowReader>;
}

/** The merge facts of one row, given with its cells. */
export interface RowFacts {
  id: number;
  nested: boolean;
  lastUpdated: number | null;
  fetchedAt: number | null;
}

/** An empty store for a table. */
export function newRowStore(table: TableName): RowStore {
  const columns = TABLE_COLUMNS[table];
  return {
    table,
    columns,
    cells: columns.map(() => []),
    ids: [],
    nested: [],
    lastUpdated: [],
    fetchedAt: [],
    length: 0,
    draft: columns.map(() => null),
    readers: new Map(),
  };
}

/**
 * Reads a record's fields into the store's draft row, every cell reset to null first;
 * returns the dotted paths of the fields it lacked. Throws as {@link rowReader} does, and
 * the draft is then dropped by the next read.
 */
export function readDraft(
  store: RowStore,
  specs: readonly ColumnSpec[],
  record: Record<string, unknown>,
  place: Place,
): string[] {
  let read = store.readers.get(specs);
  if (!read) store.readers.set(specs, (read = rowReader(specs, store.columns)));
  store.draft.fill(null);
  return read(record, place, store.draft);
}

/** Sets a cell of the draft row by column name. */
export function setDraft(store: RowStore, column: string, value: Cell): void {
  store.draft[columnIndex(store, column)] = value;
}

/** A cell of the draft row by column name. */
export function draftCell(store: RowStore, column: string): Cell {
  return store.draft[columnIndex(store, column)] ?? null;
}

/** Adds the draft row with its merge facts; returns its row index. */
export function addDraft(store: RowStore, facts: RowFacts): number {
  const { cells, draft } = store;
  for (let i = 0; i < cells.length; i++) (cells[i] as Cell[]).push(draft[i] as Cell);
  store.ids.push(facts.id);
  store.nested.push(facts.nested);
  store.lastUpdated.push(facts.lastUpdated);
  store.fetchedAt.push(facts.fetchedAt);
  return store.length++;
}

/** The cells of one column, by name. */
export function columnCells(store: RowStore, column: string): Cell[] {
  return store.cells[columnIndex(store, column)] as Cell[];
}

// The index of a column of the store's table; a name it lacks is the kit's own mistake.
function columnIndex(store: RowStore, column: string): number {
  const index = store.columns.indexOf(column);
  if (index === -1) throw new Error(`no column ${column} in the ${store.table} table`);
  return index;
}

/** The API version a row was read with. */
export function rowVersion(store: RowStore, row: number): ApiVersion | null {
  return (columnCells(store, 'api_version')[row] as ApiVersion | null) ?? null;
}

/** A store's rows as plain data, to send from one thread to another. */
export type RowData = Pick<
  RowStore,
  'cells' | 'ids' | 'nested' | 'lastUpdated' | 'fetchedAt' | 'length'
>;

/** The rows of a store as plain data (the same arrays, not copies). */
export function rowData(store: RowStore): RowData {
  const { cells, ids, nested, lastUpdated, fetchedAt, length } = store;
  return { cells, ids, nested, lastUpdated, fetchedAt, length };
}

/** Adds rows read elsewhere after the store's own, in their order. */
export function appendRows(store: RowStore, rows: RowData): void {
  store.cells = store.cells.map((column, i) => column.concat(rows.cells[i] ?? []));
  store.ids = store.ids.concat(rows.ids);
  store.nested = store.nested.concat(rows.nested);
  store.lastUpdated = store.lastUpdated.concat(rows.lastUpdated);
  store.fetchedAt = store.fetchedAt.concat(rows.fetchedAt);
  store.length += rows.length;
}
