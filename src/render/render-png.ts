import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT } from '../charts/theme.js';
import { messages } from '../messages.js';
import { chartFontFiles } from './chart-font-files.js';

/** Options for {@link renderPng}. */
export interface PngOptions {
  /**
   * Pixels per SVG pixel; the PNG is `scale` times the SVG's width and height. Defaults to
   * 2, which stays sharp on high-density screens and in print.
   */
  scale?: number;
}

/** The default {@link PngOptions.scale}. */
export const DEFAULT_PNG_SCALE = 2;

/**
 * Rasterises an SVG (from `renderSvg`) to PNG bytes with resvg.
 *
 * Text is drawn with the DejaVu Sans files of the `dejavu-fonts-ttf` package and no system
 * fonts, so the image is the same on every machine. The PNG is the SVG's size times
 * `options.scale` (default 2), rounded to whole pixels. A scale that is not a positive
 * finite number throws a `RangeError`.
 *
 * @example
 * const png = renderPng(await renderSvg(flightsByDecadeChart([])), { scale: 1 });
 * new TextDecoder().decode(png.subarray(1, 4)); // 'PNG'
 */
export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? DEFAULT_PNG_SCALE;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(messages.pngScale(scale));
  const resvg = new Resvg(svg, {
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'zoom', value: scale },
  });
  return resvg.render().asPng();
}
