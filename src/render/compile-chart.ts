import type { LoggerInterface, Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { loadVegaLite } from './load-vega.js';

/** A Vega-Lite spec compiled to Vega, with what the compiler warned about on the way. */
export interface CompiledChart {
  /** The Vega spec, ready for `vega.parse`. */
  vega: VegaSpec;
  /** Each warning (and error message) the compiler logged, as text, in order. */
  warnings: string[];
}

/**
 * Compiles a Vega-Lite spec to Vega, collecting the compiler's warnings instead of letting
 * it print them.
 *
 * Vega-Lite is loaded lazily (see `loadVegaLite`). A spec that cannot be compiled at all
 * throws the compiler's error. The input spec is not changed.
 *
 * @example
 * const spec = flightsByDecadeChart([{ decade: 1960, decade_name: '1960s', flights: 12 }]);
 * const { vega, warnings } = await compileChart(spec);
 * warnings; // [] for every chart the kit builds
 */
export async function compileChart(spec: TopLevelSpec): Promise<CompiledChart> {
  const vl = await loadVegaLite();
  const warnings: string[] = [];
  const compiled = vl.compile(structuredClone(spec), { logger: collectingLogger(warnings) });
  return { vega: compiled.spec, warnings };
}

// A logger that records warnings and errors as text and drops info and debug output.
function collectingLogger(warnings: string[]): LoggerInterface {
  const record = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  const ignore = () => logger;
  const logger: LoggerInterface = {
    level: (level?: number) => (level === undefined ? WARN_LEVEL : logger),
    error: record,
    warn: record,
    info: ignore,
    debug: ignore,
  };
  return logger;
}

// vega-util's level number for warnings (None 0, Error 1, Warn 2, Info 3, Debug 4).
const WARN_LEVEL = 2;
