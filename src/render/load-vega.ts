// Vega and Vega-Lite are loaded here and only here, with `import()` inside functions: vega
// has a top-level `await`, so a module that imports it at the top cannot be `require`d, and
// tslab compiles notebook cells to `require`. Everything else imports their types only.
//
// The `import()` must survive compilation: the kit's NodeNext build keeps it, but
// TypeScript compiling this file to CommonJS (as tslab does with cell code) would turn it
// into `require` again. Notebooks therefore call these functions from the built package
// (dist/), and never write `import('vega')` in a cell.
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';

let vega: Promise<typeof Vega> | undefined;
let vegaLite: Promise<typeof VegaLite> | undefined;

/**
 * Loads the `vega` module on first call and returns the same promise after that.
 *
 * Use it instead of `import 'vega'` in any module the kit's index reaches, and in notebooks.
 *
 * @example
 * const vega = await loadVega();
 * vega.version; // '6.4.0'
 */
export function loadVega(): Promise<typeof Vega> {
  vega ??= import('vega');
  return vega;
}

/**
 * Loads the `vega-lite` module on first call and returns the same promise after that.
 *
 * @example
 * const vl = await loadVegaLite();
 * vl.version; // '6.4.3'
 */
export function loadVegaLite(): Promise<typeof VegaLite> {
  vegaLite ??= import('vega-lite');
  return vegaLite;
}
