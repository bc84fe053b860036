/**
 * A chart spec as Jupyter's Vega-Lite renderer wants it.
 */
import type { TopLevelSpec } from 'vega-lite';

/**
 * The `$schema` of the spec inside a notebook bundle: Vega-Lite 5, the version whose MIME
 * type (`application/vnd.vegalite.v5+json`) JupyterLab and Notebook 7 register.
 *
 * @example
 * JUPYTER_VEGA_LITE_SCHEMA_URL; // 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export const JUPYTER_VEGA_LITE_SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v5.json';

/** The MIME type of a Vega-Lite 5 spec in a Jupyter bundle. */
export const VEGA_LITE_V5_MIME = 'application/vnd.vegalite.v5+json';

/**
 * A copy of a spec with its `$schema` set to {@link JUPYTER_VEGA_LITE_SCHEMA_URL}; the input
 * is not changed, and nothing else is.
 *
 * The kit writes Vega-Lite 6 specs, but uses nothing that Vega-Lite 5 lacks: every chart it
 * builds validates against Vega-Lite 5.23's schema and compiles without warnings there
 * (checked by hand; see docs/notebooks.md), so only the version label changes.
 *
 * @example
 * const spec = jupyterVegaLiteSpec({ $schema: VEGA_LITE_SCHEMA_URL, mark: 'bar' });
 * spec; // { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', mark: 'bar' }
 */
export function jupyterVegaLiteSpec(spec: TopLevelSpec): TopLevelSpec {
  return { ...structuredClone(spec), $schema: JUPYTER_VEGA_LITE_SCHEMA_URL };
}
