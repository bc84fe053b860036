// The real records the generator scales up: the LL2 2.3.0 normal-mode spacecraft of the
// bundled sample page and those nested in the real spacecraft_flights file, and the real
// flight records of that file. They are read in place and never copied into the project.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real-data folder: SPACEFLIGHT_STATS_REAL_DATA, or ../shared/data/ll2 beside the project. */
export const REAL_DATA_DIR = path.resolve(
  ROOT,
  process.env.SPACEFLIGHT_STATS_REAL_DATA ?? '../shared/data/ll2',
);

const SAMPLE = path.join(
  ROOT,
  'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json',
);
const FLIGHTS = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The templates: distinct spacecraft records by id (sample first, then nested ones in
 * flight order) and the flight records, with the files they came from.
 */
export function readTemplates() {
  const flightsFile = path.join(REAL_DATA_DIR, FLIGHTS);
  const flights = readJson(flightsFile).results;
  const byId = new Map();
  for (const record of [...readJson(SAMPLE).results, ...flights.map((f) => f.spacecraft)]) {
    if (!byId.has(record.id)) byId.set(record.id, record);
  }
  return {
    spacecraft: [...byId.values()],
    flights,
    sources: [path.relative(ROOT, SAMPLE), flightsFile],
  };
}
