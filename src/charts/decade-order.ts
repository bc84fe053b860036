/** Pixels per decade of a decade chart whose width is not given: room for "unknown". */
export const DECADE_STEP = 56;

// A year no decade can reach, so that an unknown (null) decade sorts after every real one.
const UNKNOWN_DECADE_ORDER = 10_000;

/**
 * The Vega-Lite `calculate` transform that gives each row a `decade_order`: its `decade`,
 * or 10000 when the decade is null (`unknown`), so that sorting by it puts decades in time
 * order with `unknown` last.
 *
 * @example
 * decadeOrderTransform().as; // 'decade_order'
 */
export function decadeOrderTransform(): { calculate: string; as: string } {
  return {
    calculate: `isValid(datum.decade) ? datum.decade : ${UNKNOWN_DECADE_ORDER}`,
    as: 'decade_order',
  };
}
