// Records for the test server: real LL2 records from ../shared/data/ll2/, and, where a test
// needs more pages than the real files fill, SYNTHESIZED copies of real records with new ids
// (their url follows the id and their name says they are copies). Read in place, never copied.
import { readFileSync } from 'node:fs';
import { realFile } from '../../support/real-data.js';

type Json = Record<string, unknown>;

/** The 100 real spacecraft of LL2 2.2.0's first list page (lldev, 2022). */
export function realSpacecraft(): Json[] {
  const file = realFile('ll2-2.2.0-lldev-spacecraft-list-page1-2022.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { results: Json[] }).results;
}

/** The 38 real spacecraft flights of LL2 2.3.0 (lldev). */
export function realFlights(): Json[] {
  const file = realFile('ll2-2.3.0-lldev-spacecraft_flights-normal-38.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { results: Json[] }).results;
}

/**
 * `total` records: the real ones first, then synthesized copies of them (cycling) with ids
 * from `firstId` on. Synthesized copies are marked in their name.
 */
export function withCopies(real: readonly Json[], total: number, firstId: number): Json[] {
  const records = real.slice(0, total);
  for (let k = 0; records.length < total; k++)
    records.push(copyOf(real[k % real.length] as Json, firstId + k));
  return records;
}

/** A synthesized copy of a real record under a new id. */
export function copyOf(record: Json, id: number): Json {
  const url = String(record.url).replace(/\/\d+\/$/, `/${id}/`);
  const name = typeof record.name === 'string' ? `${record.name} [synthesized copy]` : record.name;
  return { ...record, id, url, ...(name === undefined ? {} : { name }) };
}
