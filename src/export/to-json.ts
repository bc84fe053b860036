/**
 * Writes a table as a JSON array of row objects.
 */
import type { ColumnTable } from 'arquero';

/**
 * The JSON text of a table: an array with one object per row, columns in table order. Null
 * stays null; a date becomes its ISO 8601 UTC string.
 *
 * @example
 * import { table } from 'arquero';
 * toJson(table({ id: [1], t: [null] })); // '[\n  {\n    "id": 1,\n    "t": null\n  }\n]\n'
 */
export function toJson(data: ColumnTable): string {
  return `${JSON.stringify(data.objects(), null, 2)}\n`;
}
