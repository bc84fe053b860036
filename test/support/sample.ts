// The bundled sample page and helpers to build small hand-made LL2 records for tests.
import path from 'node:path';
import { root } from './real-data.js';

/** The bundled sample: LL2 2.3.0 spacecraft, normal mode, 10 records (data/README.md). */
export const SAMPLE = path.join(
  root,
  'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json',
);

/** A minimal 2.3.0 spacecraft record; fields can be overridden. */
export function spacecraftRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (overrides.id as number | undefined) ?? 1;
  return {
    id,
    url: `https://ll.thespacedevs.com/2.3.0/spacecraft/${id}/`,
    name: `Craft ${id}`,
    serial_number: String(id),
    is_placeholder: false,
    in_space: false,
    time_in_space: 'P1D',
    time_docked: 'P0D',
    flights_count: 1,
    mission_ends_count: 1,
    status: { id: 4, name: 'Single Use' },
    description: '',
    spacecraft_config: {
      id: 10,
      name: 'Config 10',
      type: { id: 2, name: 'Capsule' },
      agency: { id: 20, name: 'Agency 20', abbrev: 'A20', type: { id: 1, name: 'Government' } },
      family: [],
      in_use: false,
    },
    fastest_turnaround: null,
    ...overrides,
  };
}

/** A page envelope around records. */
export function page(results: unknown[]): Record<string, unknown> {
  return { count: results.length, next: null, previous: null, results };
}
