import { messages, type LeftOutNoun } from '../messages.js';
import type { ChartRow } from './chart-rows.js';
import { countInvalid } from './count-invalid.js';

/** How many rows a chart leaves out, and the subtitle that says so. */
export interface LeftOutNote {
  /** Rows whose value is not a finite number (see {@link countInvalid}). */
  count: number;
  /** `messages.chartRowsLeftOut(...)`, or null when no row is left out. */
  subtitle: string | null;
}

/**
 * Counts the rows a chart leaves out for want of a value in `column`, and words the
 * subtitle that tells the reader.
 *
 * @example
 * leftOutNote([{ x: 1 }, { x: null }], 'x', 'configuration', 'without data');
 * // { count: 1, subtitle: '1 configuration without data left out' }
 * leftOutNote([{ x: 1 }], 'x', 'decade', 'without data'); // { count: 0, subtitle: null }
 */
export function leftOutNote(
  rows: readonly ChartRow[],
  column: string,
  group: LeftOutNoun,
  reason: string,
): LeftOutNote {
  const count = countInvalid(rows, column);
  const subtitle = count > 0 ? messages.chartRowsLeftOut(count, group, reason) : null;
  return { count, subtitle };
}
