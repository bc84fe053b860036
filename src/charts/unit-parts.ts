import type { TopLevelSpec } from 'vega-lite';

/**
 * The part of a single-view Vega-Lite spec that a chart builder adds to its frame: the
 * transforms, the mark, the encoding and any parameters (selections).
 *
 * Taken from vega-lite's public `TopLevelSpec` type, so it follows the installed version.
 *
 * @example
 * const parts: UnitParts = { mark: 'bar', encoding: { x: { field: 'flights' } } };
 */
export type UnitParts = Pick<
  Extract<TopLevelSpec, { mark: unknown }>,
  'transform' | 'mark' | 'encoding' | 'params'
>;
