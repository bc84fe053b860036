// Flight and spacecraft rows made directly as table columns in memory, for the aggregates
// at a size whose JSON would not fit on disk sensibly (a real flight record with its nested
// launch is about 17 KB minified). Each spacecraft row takes its agency, configuration (or a
// numbered variant), placeholder flag and null pattern from a real record; each flight row
// takes its launch status from a real flight.
import { readDuration } from './ll2-durations.js';
import { seededRandom } from './rng.js';
import { varyCount } from './spacecraft-record.js';

const PLANNED = new Set(['Go', 'TBD', 'TBC', 'Hold']);
const FIRST_LAUNCH = Date.UTC(1961, 0, 1);
const LAST_LAUNCH = Date.UTC(2025, 11, 31);

/**
 * Columns of `spacecraftCount` spacecraft rows and `flightCount` flight rows.
 *
 * @param {{ seed: number, templates: { spacecraft: any[], flights: any[] },
 *   configVariants: number, spacecraftCount: number, flightCount: number }} plan
 */
export function tableColumns(plan) {
  const rng = seededRandom(plan.seed ^ 0x5eed);
  return {
    spacecraft: spacecraftColumns(plan, rng),
    flights: flightColumns(plan, rng),
  };
}

function spacecraftColumns(plan, rng) {
  const n = plan.spacecraftCount;
  const names = [
    'id',
    'is_placeholder',
    'spacecraft_config_id',
    'spacecraft_config_name',
    'spacecraft_config_agency_id',
    'spacecraft_config_agency_name',
    'flights_count',
    'time_in_space_s',
  ];
  const columns = Object.fromEntries(names.map((name) => [name, new Array(n)]));
  for (let i = 0; i < n; i++) {
    const real = rng.pick(plan.templates.spacecraft);
    const config = real.spacecraft_config;
    const variant = rng.int(0, plan.configVariants - 1);
    columns.id[i] = i + 1;
    columns.is_placeholder[i] = real.is_placeholder ?? null;
    columns.spacecraft_config_id[i] = config.id + 1000 * variant;
    columns.spacecraft_config_name[i] = variant ? `${config.name} ${variant + 1}` : config.name;
    columns.spacecraft_config_agency_id[i] = config.agency?.id ?? null;
    columns.spacecraft_config_agency_name[i] = config.agency?.name ?? null;
    columns.flights_count[i] = varyCount(real.flights_count, rng);
    columns.time_in_space_s[i] = varySeconds(real.time_in_space, rng);
  }
  return columns;
}

function flightColumns(plan, rng) {
  const n = plan.flightCount;
  const columns = {
    id: new Array(n),
    spacecraft_id: new Array(n),
    launch_net: new Array(n),
    launch_status_id: new Array(n),
    launch_status_abbrev: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const status = rng.pick(plan.templates.flights).launch.status;
    const planned = PLANNED.has(status.abbrev);
    const net = planned
      ? Date.UTC(rng.int(2026, 2028), 11, 31)
      : Math.round(rng.between(FIRST_LAUNCH, LAST_LAUNCH) / 1000) * 1000;
    columns.id[i] = i + 1;
    columns.spacecraft_id[i] = rng.int(1, plan.spacecraftCount);
    columns.launch_net[i] = new Date(net);
    columns.launch_status_id[i] = status.id;
    columns.launch_status_abbrev[i] = status.abbrev;
  }
  return columns;
}

// Seconds varied like the page generator's durations: null and 0 kept, others scaled.
function varySeconds(real, rng) {
  if (typeof real !== 'string') return null;
  const { seconds } = readDuration(real);
  if (seconds === 0) return 0;
  return Math.max(1, Math.round(seconds * rng.between(0.5, 1.5)));
}
