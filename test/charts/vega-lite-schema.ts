// Checks specs against the JSON Schema that ships with the installed vega-lite
// (build/vega-lite-schema.json, draft-07, which is Ajv 8's default draft).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const schemaFile = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');

// The schema's own format for colours; ajv-formats covers "uri" and "uri-reference".
const COLOR_HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

let validate: ValidateFunction | undefined;

/** The `$schema` the vega-lite schema file declares. */
export function schemaDraft(): string {
  return (JSON.parse(readFileSync(schemaFile, 'utf8')) as { $schema: string }).$schema;
}

/**
 * The schema errors of a spec, as "path message" lines; empty when it is valid.
 *
 * Strict mode stays on, except strictTypes: the schema puts `minimum` on properties
 * without a `type`, which strictTypes rejects. Compiling the schema takes a second or two,
 * so it is done once per test file.
 */
export function vegaLiteSchemaErrors(spec: unknown): string[] {
  validate ??= compileSchema();
  if (validate(spec)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('color-hex', COLOR_HEX);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}
