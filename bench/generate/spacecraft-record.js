// One scaled spacecraft record: a real 2.3.0 normal-mode record with a new id, a varied name
// and serial, varied durations and flight counts (nulls and `P0D` kept where the real record
// has them), and one of several variants of its configuration.
import { varyDuration } from './ll2-durations.js';
import { recordSeed, seededRandom } from './rng.js';

const STREAM = 1;

/**
 * Spacecraft number `index` (ids start at 1) of a scaled data set; the same seed, index and
 * templates always give the same record.
 *
 * @param {number} index
 * @param {{ seed: number, templates: { spacecraft: any[] }, configVariants: number }} plan
 */
export function spacecraftRecord(index, plan) {
  const rng = seededRandom(recordSeed(plan.seed, STREAM, index));
  const real = rng.pick(plan.templates.spacecraft);
  const record = structuredClone(real);
  const id = index;

  // Identity: a new id and url, and a name and serial that differ from record to record.
  record.id = id;
  record.url = real.url.replace(/\/spacecraft\/\d+\//, `/spacecraft/${id}/`);
  record.name = `${real.name} (scaled ${id})`;
  if (typeof real.serial_number === 'string') record.serial_number = `${real.serial_number}-${id}`;

  // Figures: durations scaled, flight counts varied around the real ones.
  record.time_in_space = varyDuration(real.time_in_space, rng);
  record.time_docked = varyDuration(real.time_docked, rng);
  record.fastest_turnaround = varyDuration(real.fastest_turnaround, rng);
  record.flights_count = varyCount(real.flights_count, rng);
  if (typeof real.mission_ends_count === 'number' && typeof record.flights_count === 'number') {
    record.mission_ends_count = Math.min(real.mission_ends_count, record.flights_count);
  }

  // Configuration: the real one or a numbered variant of it, same agency.
  const variant = rng.int(0, plan.configVariants - 1);
  if (variant > 0 && record.spacecraft_config) {
    const config = record.spacecraft_config;
    config.id = real.spacecraft_config.id + 1000 * variant;
    config.url = config.url.replace(/\/(\d+)\/\?/, `/${config.id}/?`);
    config.name = `${real.spacecraft_config.name} ${variant + 1}`;
  }
  return record;
}

/**
 * A varied flights count: 0 stays 0 (a spacecraft that never flew), 1 becomes 2 one time in
 * five, more varies from 1 to twice as many; null stays null.
 */
export function varyCount(count, rng) {
  if (typeof count !== 'number' || count === 0) return count;
  if (count === 1) return rng.next() < 0.2 ? 2 : 1;
  return rng.int(1, 2 * count);
}
