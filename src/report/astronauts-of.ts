/**
 * The astronauts table of a load result, when the loader gave one.
 */
import type { ColumnTable } from 'arquero';

/**
 * `loaded.astronauts` when it is there and is a table, else null.
 *
 * The loader adds an `astronauts` table when the input holds LL2 astronaut records; a
 * load result without one (an older loader, or no astronaut input) gives null, so the
 * report can leave the astronaut charts out and say why.
 *
 * @example
 * import { table } from 'arquero';
 * astronautsOf({ spacecraft: table({ id: [1] }) }); // null
 * astronautsOf({ astronauts: table({ id: [1, 2] }) })?.numRows(); // 2
 */
export function astronautsOf(loaded: object): ColumnTable | null {
  if (!('astronauts' in loaded)) return null;
  const table = loaded.astronauts;
  const isTable = typeof table === 'object' && table !== null && 'numRows' in table;
  return isTable ? (table as ColumnTable) : null;
}
