/**
 * The browser build of vega, read from the installed package, to inline in the report.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The text of `vega/build/vega.min.js` from the installed `vega` package: the whole
 * runtime (parser, dataflow, SVG renderer) in one script that defines `window.vega`.
 *
 * The package exports only its module entry and `vega-schema.json`, so the build folder is
 * found beside the schema file.
 *
 * @example
 * (await vegaLibrary()).length > 100_000; // true
 */
export async function vegaLibrary(): Promise<string> {
  const schema = createRequire(import.meta.url).resolve('vega/vega-schema.json');
  return readFile(path.join(path.dirname(schema), 'vega.min.js'), 'utf8');
}
