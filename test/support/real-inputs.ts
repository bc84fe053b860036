// The real LL2 files the chart goldens are drawn from, and the real astronaut file as an
// astronauts table, for tests, until the loader reads astronauts itself. Only the columns the astronaut summary reads are built, with the names
// the loader will give them (docs/ARCHITECTURE.md): id, name, agency_id, agency_name,
// time_in_space_s (through the kit's durationToSeconds, checked against Temporal in
// test/duration) and first_flight (a UTC Date).
import { readFileSync } from 'node:fs';
import { table, type ColumnTable } from 'arquero';
import { durationToSeconds } from '../../src/duration/duration-to-seconds.js';
import { realFile } from './real-data.js';

/** The real flights file: 38 flights of 35 spacecraft, LL2 2.3.0 spacecraft_flights. */
export const FLIGHTS_FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

/** The file, in the real-data folder: 846 astronauts of LL2 2.2.0, one bare array. */
export const ASTRONAUT_FILE = 'll2-2.2.0-lldev-astronauts-normal-846.json';

interface RawAstronaut {
  id: number;
  name: string;
  agency: { id: number; name: string } | null;
  time_in_space: string | null;
  first_flight: string | null;
}

/** The astronauts of the real file as a table with the columns above. */
export function realAstronauts(): ColumnTable {
  const raw = JSON.parse(readFileSync(realFile(ASTRONAUT_FILE), 'utf8')) as RawAstronaut[];
  return astronautTable(raw);
}

/** A table with the summary's columns from raw LL2 astronaut records. */
export function astronautTable(raw: readonly RawAstronaut[]): ColumnTable {
  return table({
    id: raw.map((a) => a.id),
    name: raw.map((a) => a.name),
    agency_id: raw.map((a) => a.agency?.id ?? null),
    agency_name: raw.map((a) => a.agency?.name ?? null),
    time_in_space_s: raw.map((a) => (a.time_in_space ? durationToSeconds(a.time_in_space) : null)),
    first_flight: raw.map((a) => (a.first_flight ? new Date(a.first_flight) : null)),
  });
}
