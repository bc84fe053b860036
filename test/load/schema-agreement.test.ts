// The loader's 2.3.0 shapes held against the official LL2 2.3.0 OpenAPI file, so the two
// cannot drift: every field a column reads has, in the schema, the JSON type (and format)
// its reader accepts, and the known top-level fields of each kind are exactly the
// properties of the endpoint's response shapes. Nullability is not compared: LL2 sends null
// where the schema says it cannot (a flight's `duration`), and the loader reads every null
// as a missing value.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KNOWN_FIELDS } from '../../src/ll2/known-fields.js';
import type { AnalysedKind } from '../../src/ll2/record-kind.js';
import { COLUMNS_OF_KIND } from '../../src/load/table-columns.js';
import { hasRealData, realFile } from '../support/real-data.js';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}

// The endpoint's response shape for each kind (a oneOf of its modes).
const ENDPOINT: Record<AnalysedKind, string> = {
  spacecraft: 'PolymorphicSpacecraftEndpoint',
  spacecraft_flight: 'PolymorphicSpacecraftFlightEndpoint',
  astronaut: 'PolymorphicAstronautEndpoint',
  spacecraft_configuration: 'PolymorphicSpacecraftConfigurationEndpoint',
};

const KINDS = Object.keys(ENDPOINT) as AnalysedKind[];

describe.skipIf(!hasRealData)('the 2.3.0 shapes against ll2-2.3.0-openapi.json', () => {
  const openapi = hasRealData
    ? (JSON.parse(readFileSync(realFile('schema/ll2-2.3.0-openapi.json'), 'utf8')) as {
        components: { schemas: Record<string, Schema> };
      })
    : { components: { schemas: {} } };
  const schemas = openapi.components.schemas;

  // Follows $ref and a single allOf (the schema's way of making a $ref nullable).
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop() as string] as Schema);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0] as Schema);
    return schema;
  };
  const modes = (kind: AnalysedKind) =>
    (schemas[ENDPOINT[kind]]?.oneOf ?? []).map((mode) => resolve(mode));
  const at = (schema: Schema, path: readonly string[]): Schema | null => {
    let current: Schema | null = schema;
    for (const key of path) current = current ? resolveOrNull(current.properties?.[key]) : null;
    return current;
  };
  const resolveOrNull = (schema: Schema | undefined) => (schema ? resolve(schema) : null);
  const typeOf = (schema: Schema) => schema.type ?? (schema.properties ? 'object' : 'unknown');

  test.each(KINDS)('COLUMNS_OF_KIND.%s(2.3.0) reads each field with its schema type', (kind) => {
    for (const spec of COLUMNS_OF_KIND[kind]('2.3.0')) {
      const found = modes(kind).flatMap((mode) => at(mode, spec.path) ?? []);
      const field = spec.path.join('.');
      expect(found.length, `${kind}.${field} is in no ${ENDPOINT[kind]} shape`).toBeGreaterThan(0);
      for (const schema of found) {
        expect(typeOf(schema), `${kind}.${field}`).toBe(spec.read.json);
        if (spec.read.format) expect(schema.format, `${kind}.${field}`).toBe(spec.read.format);
      }
    }
  });

  test.each(KINDS)('KNOWN_FIELDS.%s[2.3.0] are the properties of its shapes', (kind) => {
    const properties = new Set(modes(kind).flatMap((mode) => Object.keys(mode.properties ?? {})));
    expect([...KNOWN_FIELDS[kind]['2.3.0']].sort()).toEqual([...properties].sort());
  });

  test('the 2.3.0 nationality reader joins a field that Country has', () => {
    const country = resolve({ $ref: '#/components/schemas/Country' });
    expect(country.properties?.nationality_name?.type).toBe('string');
  });
});
