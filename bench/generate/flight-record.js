// One scaled spacecraft_flights record: a real 2.3.0 flight (its whole nested launch kept)
// with a new id, its spacecraft replaced by a scaled spacecraft record, a launch date spread
// over 1961 to 2025 when it has launched (placeholder dates in the future when planned),
// and varied durations with the real null rates.
import { varyDuration } from './ll2-durations.js';
import { recordSeed, seededRandom } from './rng.js';
import { spacecraftRecord } from './spacecraft-record.js';

const STREAM = 2;
const PLANNED = new Set(['Go', 'TBD', 'TBC', 'Hold']);
const FIRST_LAUNCH = Date.UTC(1961, 0, 1);
const LAST_LAUNCH = Date.UTC(2025, 11, 31);

/**
 * Flight number `index` (ids start at 1), flying one of the `spacecraftCount` scaled
 * spacecraft.
 *
 * @param {number} index
 * @param {{ seed: number, templates: { flights: any[], spacecraft: any[] },
 *   configVariants: number, spacecraftCount: number }} plan
 */
export function flightRecord(index, plan) {
  const rng = seededRandom(recordSeed(plan.seed, STREAM, index));
  const real = rng.pick(plan.templates.flights);
  const record = structuredClone(real);
  record.id = index;
  record.url = real.url.replace(/\/spacecraft_flights\/\d+\//, `/spacecraft_flights/${index}/`);
  record.spacecraft = spacecraftRecord(rng.int(1, plan.spacecraftCount), plan);

  // The launch: a new id; a date in the past when it has launched, a placeholder if not.
  const launch = record.launch;
  launch.id = pseudoUuid(rng);
  const planned = PLANNED.has(launch.status?.abbrev);
  const net = planned
    ? Date.UTC(rng.int(2026, 2028), 11, 31)
    : Math.round(rng.between(FIRST_LAUNCH, LAST_LAUNCH) / 1000) * 1000;
  launch.net = isoSeconds(net);

  // Durations, and a mission end where the real flight has one.
  record.duration = varyDuration(real.duration, rng);
  record.turn_around_time = varyDuration(real.turn_around_time, rng);
  if (real.mission_end != null) record.mission_end = isoSeconds(net + rng.int(600, 9e6) * 1000);
  return record;
}

function isoSeconds(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function pseudoUuid(rng) {
  const hex = (n) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}
