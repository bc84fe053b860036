import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { messages } from '../messages.js';

/** The DejaVu Sans faces charts use: regular for labels, bold for titles. */
const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * The absolute paths of the chart font files, found in the installed `dejavu-fonts-ttf`
 * package (its `ttf/` folder, beside its `package.json`).
 *
 * The package is found by Node's module resolution from this file, so it works from the
 * source tree, from `dist/` and from a project that installs the kit. Throws an `Error` with
 * `messages.chartFontMissing` when the package or a face is missing.
 *
 * @example
 * import path from 'node:path';
 * chartFontFiles().map((file) => path.basename(file));
 * // ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']
 */
export function chartFontFiles(): string[] {
  const folder = path.join(path.dirname(packageJson()), 'ttf');
  return FACES.map((face) => {
    const file = path.join(folder, face);
    if (!existsSync(file)) throw new Error(messages.chartFontMissing(file, 'no such file'));
    return file;
  });
}

function packageJson(): string {
  try {
    return createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(messages.chartFontMissing('dejavu-fonts-ttf/package.json', reason));
  }
}
