// The real LL2 files the chart goldens are drawn from, and the real astronaut file loaded
// into the loader's astronauts table.
import type { ColumnTable } from 'arquero';
import { load } from '../../src/load/load.js';
import { realFile } from './real-data.js';

/** The real flights file: 38 flights of 35 spacecraft, LL2 2.3.0 spacecraft_flights. */
export const FLIGHTS_FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

/** The file, in the real-data folder: 846 astronauts of LL2 2.2.0, one bare array. */
export const ASTRONAUT_FILE = 'll2-2.2.0-lldev-astronauts-normal-846.json';

/** The astronauts of the real file, as `load` reads them. */
export async function realAstronauts(): Promise<ColumnTable> {
  return (await load(realFile(ASTRONAUT_FILE))).astronauts;
}
