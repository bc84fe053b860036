// Golden spec files: test/golden/<name>.vl.json holds the spec a builder must return, as
// `JSON.stringify(spec, null, 2)` plus a newline. Run with UPDATE_GOLDEN=1 to rewrite them
// from the code, then read every changed file by eye before keeping it: a golden is the
// contract, not a record of whatever the code printed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of golden spec files, absolute. */
export const goldenDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden');

/** The text a spec is stored and compared as. */
export function goldenText(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/**
 * The stored golden text for `name`; with UPDATE_GOLDEN=1, first writes `spec` there.
 * Throws with a hint when the file is missing.
 */
export function golden(name: string, spec: unknown): string {
  const file = path.join(goldenDir, `${name}.vl.json`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, goldenText(spec));
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1`);
  return readFileSync(file, 'utf8');
}

/** Every golden file's name (without `.vl.json`) and parsed spec. */
export function allGoldens(): { name: string; spec: unknown }[] {
  const names = readdirSync(goldenDir)
    .filter((file) => file.endsWith('.vl.json'))
    .map((file) => file.slice(0, -'.vl.json'.length))
    .sort();
  return names.map((name) => ({
    name,
    spec: JSON.parse(readFileSync(path.join(goldenDir, `${name}.vl.json`), 'utf8')) as unknown,
  }));
}
