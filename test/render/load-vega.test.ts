import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadVega, loadVegaLite } from '../../src/render/load-vega.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The installed versions, read from the packages' own package.json files.
function installedVersion(name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

// Every .ts file under src/, relative to the root.
function sourceFiles(dir = path.join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(root, full)] : [];
  });
}

// A value import or re-export of vega or vega-lite; `import type` and `export type` are fine.
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]vega(?:-lite)?['"]/m;
const DYNAMIC_IMPORT = /import\(\s*['"]vega(?:-lite)?['"]\s*\)|require\(\s*['"]vega(?:-lite)?['"]/;

describe('loadVega', () => {
  test('loadVega() gives the installed vega and the same promise every time', async () => {
    expect(loadVega()).toBe(loadVega());
    expect((await loadVega()).version).toBe(installedVersion('vega'));
  });

  test('loadVegaLite() gives the installed vega-lite and the same promise every time', async () => {
    expect(loadVegaLite()).toBe(loadVegaLite());
    expect((await loadVegaLite()).version).toBe(installedVersion('vega-lite'));
  });

  test('loadVega() guard patterns tell value imports from type imports', () => {
    expect(VALUE_IMPORT.test("import { View } from 'vega';")).toBe(true);
    expect(VALUE_IMPORT.test("export { compile } from 'vega-lite';")).toBe(true);
    expect(VALUE_IMPORT.test("import type { View } from 'vega';")).toBe(false);
    expect(VALUE_IMPORT.test("import type { Config } from 'vega-lite';")).toBe(false);
    expect(DYNAMIC_IMPORT.test("vega ??= import('vega');")).toBe(true);
  });

  test('loadVega() is the only way src/ loads vega or vega-lite', () => {
    const files = sourceFiles();
    expect(
      files.filter((file) => VALUE_IMPORT.test(readFileSync(path.join(root, file), 'utf8'))),
    ).toEqual([]);
    expect(
      files.filter((file) => DYNAMIC_IMPORT.test(readFileSync(path.join(root, file), 'utf8'))),
    ).toEqual([path.join('src', 'render', 'load-vega.ts')]);
  });
});
