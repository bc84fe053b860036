import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, test } from 'vitest';
import { VEGA_LITE_SCHEMA_URL } from '../../src/charts/theme.js';
import { compileChart } from '../../src/render/compile-chart.js';
import { allGoldens } from './golden.js';
import { schemaDraft, vegaLiteSchemaErrors } from './vega-lite-schema.js';

const goldens = allGoldens();

// The version of the installed vega-lite, read from its package.json (beside build/, where
// the schema is; the package exports no ./package.json), not from the kit.
const schemaFile = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
const packageFile = path.join(path.dirname(schemaFile), '..', 'package.json');
const installedVegaLite = (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string })
  .version;

describe('golden specs', () => {
  test('allGoldens() finds the golden specs the chart tests write', () => {
    // By hand: a full and a "No data" golden for each of the first three builders on
    // hand-made rows, then every builder on real input (real-goldens.test.ts), the strip
    // chart three times (linear, symlog, log with zeros left out).
    expect(goldens.map((golden) => golden.name)).toEqual([
      'flights-by-decade',
      'flights-by-decade-no-data',
      'real-astronaut-time-by-agency',
      'real-astronaut-time-by-decade',
      'real-cumulative-time-in-space',
      'real-flights-by-decade',
      'real-flights-by-decade-agency',
      'real-reuse-rate-by-agency',
      'real-reuse-rate-by-config',
      'real-time-in-space-by-agency',
      'real-time-in-space-by-config',
      'real-time-in-space-distribution',
      'real-time-in-space-log',
      'real-time-in-space-log-zeros-left-out',
      'real-turnaround-times',
      'reuse-rate-by-config',
      'reuse-rate-by-config-no-data',
      'time-in-space-by-config',
      'time-in-space-by-config-no-data',
    ]);
  });

  test('schemaDraft() is draft-07, the draft Ajv 8 checks by default', () => {
    expect(schemaDraft()).toBe('http://json-schema.org/draft-07/schema#');
  });

  test('VEGA_LITE_SCHEMA_URL names the major version of the installed vega-lite', () => {
    const major = installedVegaLite.split('.')[0];
    expect(VEGA_LITE_SCHEMA_URL).toBe(`https://vega.github.io/schema/vega-lite/v${major}.json`);
  });

  test.each(goldens)('vegaLiteSchemaErrors($name) is empty', ({ spec }) => {
    expect(vegaLiteSchemaErrors(spec)).toEqual([]);
  });

  test.each(goldens)('compileChart($name) compiles with no warnings', async ({ spec }) => {
    const compiled = await compileChart(spec as TopLevelSpec);
    expect(compiled.warnings).toEqual([]);
    expect(compiled.vega.marks?.length).toBeGreaterThan(0);
  });

  test('vegaLiteSchemaErrors(spec) reports a spec that breaks the schema', () => {
    // A mark type Vega-Lite does not have: the check must be able to fail.
    expect(vegaLiteSchemaErrors({ mark: 'barre', data: { values: [] } })).not.toEqual([]);
  });
});
