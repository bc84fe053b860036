import type { Config, TopLevelSpec } from 'vega-lite';

/**
 * The `$schema` every chart spec names: Vega-Lite 6, the major version the kit installs.
 *
 * Hard-coded so that building a chart never loads vega-lite; a test checks it against the
 * installed package's `version`.
 *
 * @example
 * VEGA_LITE_SCHEMA_URL; // 'https://vega.github.io/schema/vega-lite/v6.json'
 */
export const VEGA_LITE_SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The one font family of every chart, for titles, axes, legends and marks alike.
 *
 * The PNG renderer loads it from the `dejavu-fonts-ttf` package, so charts look the same on
 * every machine.
 *
 * @example
 * CHART_FONT; // 'DejaVu Sans'
 */
export const CHART_FONT = 'DejaVu Sans';

/**
 * The shared Vega-Lite `config` of the kit's charts: one font, sizes and colours.
 *
 * It is frozen, so no caller can change the look of every chart at once; each spec gets
 * its own copy (see `chartFrame`) to change as it likes.
 *
 * @example
 * chartTheme.font; // 'DejaVu Sans'
 * Object.isFrozen(chartTheme.title); // true
 */
export const chartTheme: Readonly<Config> = deepFreeze({
  font: CHART_FONT,
  background: 'white',
  title: { fontSize: 16, subtitleFontSize: 12, subtitleColor: '#555555', anchor: 'start' },
  axis: { labelFontSize: 11, titleFontSize: 12, labelColor: '#333333', titleColor: '#333333' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  bar: { color: '#3b6ea8' },
  text: { fontSize: 12, color: '#333333' },
  view: { stroke: '#dddddd' },
});

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

/** Options every chart builder takes. Sizes are of the plot area, in pixels. */
export interface ChartOptions {
  /** The title; each builder has its own default. */
  title?: string;
  /** Width of the plot area, without axes and padding. */
  width?: number;
  /** Height of the plot area; bar charts default to a fixed step per bar. */
  height?: number;
}

/** A size in pixels, or a fixed step per band of a discrete scale. */
export type FrameSize = number | { step: number };

/** What a chart builder puts in the frame besides its options. */
export interface FrameParts {
  /** Rows for `data.values`, already copied from the input. */
  rows: readonly object[];
  /** The default title, used when `options.title` is not given. */
  title: string;
  /** A subtitle line, or null for none. */
  subtitle: string | null;
  /** The default width and height, used when the options give none. */
  width: FrameSize;
  height: FrameSize;
}

/** The frame of a chart spec: everything but its marks, encodings and transforms. */
export interface ChartFrame {
  $schema: string;
  config: Config;
  data: { values: object[] };
  title: { text: string; subtitle?: string };
  width: FrameSize;
  height: FrameSize;
}

/**
 * What every chart builder returns: a Vega-Lite spec that has the common frame, so its
 * `data`, `title`, `width` and `height` can be read without narrowing.
 *
 * @example
 * const spec: ChartSpec = flightsByDecadeChart([
 *   { decade: 1960, decade_name: '1960s', flights: 12 },
 * ]);
 * spec.width; // { step: 56 }
 */
export type ChartSpec = TopLevelSpec & ChartFrame;

/** Pixels per bar of a horizontal bar chart whose height is not given. */
export const BAR_STEP = 24;

/**
 * Builds the common frame of a chart spec: schema, theme, inline data, title and size.
 *
 * Options win over the builder's defaults. The subtitle is left out when it is null. The
 * config is a fresh copy of {@link chartTheme}, so changing one spec never changes another.
 *
 * @example
 * const frame = chartFrame(
 *   { width: 300 },
 *   { rows: [{ a: 1 }], title: 'T', subtitle: null, width: 400, height: { step: 24 } },
 * );
 * frame.data; // { values: [{ a: 1 }] }
 * frame.title; // { text: 'T' }
 * [frame.width, frame.height]; // [300, { step: 24 }]
 */
export function chartFrame(options: ChartOptions, parts: FrameParts): ChartFrame {
  const text = options.title ?? parts.title;
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    config: structuredClone(chartTheme),
    data: { values: [...parts.rows] },
    title: parts.subtitle == null ? { text } : { text, subtitle: parts.subtitle },
    width: options.width ?? parts.width,
    height: options.height ?? parts.height,
  };
}
