/**
 * Writes a table as Apache Arrow IPC bytes.
 */
import { toArrowIPC, type ColumnTable } from 'arquero';

/**
 * The Arrow IPC stream bytes of a table, written by Arquero (`toArrowIPC`, format
 * `stream`). Column types are inferred from the values: numbers become integers or
 * doubles, text a dictionary of strings, a `Date` a millisecond timestamp, a column of only
 * nulls Arrow's null type. Null stays null. Arquero's `fromArrow` (or any Arrow reader)
 * reads the bytes back.
 *
 * @example
 * import { fromArrow, table } from 'arquero';
 * const bytes = toArrow(table({ id: [1, 2], name: ['Soyuz', null] }));
 * fromArrow(bytes).objects(); // [{ id: 1, name: 'Soyuz' }, { id: 2, name: null }]
 */
export function toArrow(data: ColumnTable): Uint8Array {
  return toArrowIPC(data, { format: 'stream' });
}
