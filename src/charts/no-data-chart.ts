import { messages } from '../messages.js';
import { chartFrame, type ChartOptions, type ChartSpec } from './theme.js';

/** The title lines of a chart with nothing to show. */
export interface NoDataTitle {
  /** The chart's default title, used when `options.title` is not given. */
  title: string;
  /** Why rows were left out, or null. */
  subtitle: string | null;
}

/** Size of the empty view when the options give none. */
const NO_DATA_WIDTH = 400;
const NO_DATA_HEIGHT = 160;

/**
 * A chart for input with no usable rows: the usual title over an empty view that says
 * "No data" (the text of `messages.chartNoData()`).
 *
 * It is a valid spec like any other, so callers render it without a special case.
 *
 * @example
 * const spec = noDataChart({}, { title: 'Flights by decade', subtitle: null });
 * spec.encoding; // { text: { value: 'No data' } }
 */
export function noDataChart(options: ChartOptions, parts: NoDataTitle): ChartSpec {
  const frame = chartFrame(options, {
    ...parts,
    rows: [{}],
    width: NO_DATA_WIDTH,
    height: NO_DATA_HEIGHT,
  });
  return {
    ...frame,
    mark: { type: 'text', fontSize: 16, color: '#777777' },
    encoding: { text: { value: messages.chartNoData() } },
  };
}
