import { beforeAll, describe, expect, test } from 'vitest';
import { timeInSpaceByConfigChart } from '../../src/charts/time-in-space-by-config-chart.js';
import { messages } from '../../src/messages.js';
import { renderPng } from '../../src/render/render-png.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { configSummary } from '../charts/chart-fixtures.js';
import { darkPixels, nonBackgroundPixels, PNG_SIGNATURE, pngPixels, pngSize } from './png-parts.js';
import { svgSize } from './svg-parts.js';

let svg = '';
beforeAll(async () => {
  svg = await renderSvg(timeInSpaceByConfigChart(configSummary));
});

// The same SVG with every <text> element taken out.
function withoutText(text: string): string {
  return text.replace(/<text[^>]*>[^<]*<\/text>/g, '');
}

describe('renderPng', () => {
  test('renderPng(svg) starts with the PNG signature', () => {
    expect([...renderPng(svg).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  test.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [undefined, 2],
  ])('renderPng(svg, { scale: %s }) is the SVG size times %s', (scale, factor) => {
    // Vega adds axes and padding to the spec's width and height, so the expected size is
    // read from the SVG's own width and height attributes.
    const size = svgSize(svg);
    expect(pngSize(renderPng(svg, { scale }))).toEqual({
      width: size.width * factor,
      height: size.height * factor,
    });
  });

  test('renderPng(svg) draws the text with the bundled fonts', () => {
    const withText = pngPixels(renderPng(svg, { scale: 1 }));
    const bare = pngPixels(renderPng(withoutText(svg), { scale: 1 }));
    expect(Buffer.from(withText).equals(Buffer.from(bare))).toBe(false);
    expect(nonBackgroundPixels(withText)).toBeGreaterThan(nonBackgroundPixels(bare));

    // By hand: the title alone is 35 bold 16 px glyphs; at 20 or more dark pixels a glyph
    // that is at least 700 more dark pixels. Without fonts no text is drawn and the counts
    // would be equal.
    expect(darkPixels(withText) - darkPixels(bare)).toBeGreaterThan(700);
  });

  test('renderPng(svg, { scale: 0 }) throws a RangeError from the messages', () => {
    expect(() => renderPng(svg, { scale: 0 })).toThrow(new RangeError(messages.pngScale(0)));
    expect(() => renderPng(svg, { scale: Number.NaN })).toThrow(messages.pngScale(Number.NaN));
  });
});
