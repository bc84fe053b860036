// Readers of PNG bytes for tests. The header is read by hand from the PNG format (an
// 8-byte signature, then the IHDR chunk: length, "IHDR", width, height as big-endian
// 32-bit numbers). Pixels are decoded by resvg itself: an SVG holding the PNG as an
// <image> at its own size, rendered 1:1, gives the PNG's pixels as RGBA.
import { Resvg } from '@resvg/resvg-js';

/** The 8 bytes every PNG file starts with (PNG specification, section 5.2). */
export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The RGBA pixels of a PNG, decoded by rendering it with resvg at 1:1. */
export function pngPixels(png: Uint8Array): Uint8Array {
  const { width, height } = pngSize(png);
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${width}" height="${height}"><image width="${width}" height="${height}" ` +
    `xlink:href="${href}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

/** Pixels whose luminance (0.299 R + 0.587 G + 0.114 B) is under half: text, axes, bars. */
export function darkPixels(pixels: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const luminance = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    if (luminance < 128) dark += 1;
  }
  return dark;
}

/** Pixels that are not the charts' opaque white background. */
export function nonBackgroundPixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const white = pixels[i] === 255 && pixels[i + 1] === 255 && pixels[i + 2] === 255;
    if (!(white && pixels[i + 3] === 255)) count += 1;
  }
  return count;
}
