import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { chartFontFiles } from '../../src/render/chart-font-files.js';

// Where npm puts the package in this project, worked out from the test's own place.
const ttfDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/dejavu-fonts-ttf/ttf',
);

describe('chartFontFiles', () => {
  test('chartFontFiles() gives the regular and bold DejaVu Sans files of the package', () => {
    expect(chartFontFiles()).toEqual([
      path.join(ttfDir, 'DejaVuSans.ttf'),
      path.join(ttfDir, 'DejaVuSans-Bold.ttf'),
    ]);
  });

  test('chartFontFiles() files are TrueType fonts', () => {
    // A TrueType file starts with the version 0x00010000 (OpenType spec, table directory).
    for (const file of chartFontFiles()) {
      expect([...readFileSync(file).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    }
  });
});
