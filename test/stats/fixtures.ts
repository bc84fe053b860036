// Small hand-made spacecraft, flights and astronaut tables for the aggregate tests. Every
// expected figure in the tests is worked out by hand from these rows.
import { table } from 'arquero';

const d = (iso: string) => new Date(iso);

/**
 * Six spacecraft. Agency A (20): 1, 2, 4 (4 is a placeholder); agency B (21): 3, 5, 6.
 * Capsules (type 2): 1, 2, 4; spaceplanes (type 3): 3, 5, 6. Active (1): 1, 2, 4, 6;
 * Retired (2): 3, 5. Spacecraft 3 has no data at all; 6 has flights_count 1 but P0D.
 */
export function spacecraftTable() {
  return table({
    id: [1, 2, 3, 4, 5, 6],
    name: ['Alpha 1', 'Alpha 2', 'Beta', 'Alpha', 'Gamma', 'Delta'],
    is_placeholder: [false, false, false, true, false, false],
    in_space: [false, true, false, false, false, false],
    status_id: [1, 1, 2, 1, 2, 1],
    status_name: ['Active', 'Active', 'Retired', 'Active', 'Retired', 'Active'],
    spacecraft_config_id: [10, 10, 11, 10, 12, 12],
    spacecraft_config_name: ['Alpha', 'Alpha', 'Beta', 'Alpha', 'Gamma', 'Gamma'],
    spacecraft_config_type_id: [2, 2, 3, 2, 3, 3],
    spacecraft_config_type_name: [
      'Capsule',
      'Capsule',
      'Spaceplane',
      'Capsule',
      'Spaceplane',
      'Spaceplane',
    ],
    spacecraft_config_agency_id: [20, 20, 21, 20, 21, 21],
    spacecraft_config_agency_name: [
      'Agency A',
      'Agency A',
      'Agency B',
      'Agency A',
      'Agency B',
      'Agency B',
    ],
    flights_count: [3, 1, null, 0, 2, 1],
    mission_ends_count: [3, 0, null, 0, 2, 1],
    time_in_space_s: [1000, 3000, null, 0, 500, 0],
    time_docked_s: [400, null, null, 0, 100, 0],
  });
}

/**
 * Seven flights: spacecraft 1 flew three times (300 + 300 + 400 = 1000 s, its total), 2 once
 * (2800 s against its live 3000 s: in space), 5 once of its two, and 4 and 5 each have a
 * flight still planned (TBD) whose turnaround must not count.
 */
export function flightsTable() {
  return table({
    id: [100, 101, 102, 103, 104, 105, 106],
    spacecraft_id: [1, 1, 1, 2, 5, 4, 5],
    duration_s: [300, 300, 400, 2800, 500, null, null],
    turn_around_time_s: [null, 86400, 3600, null, null, 7200, 100],
    launch_net: [
      d('1969-12-31T23:30:00Z'), // 1970 in Pacific/Chatham's local time, 1960s in UTC
      d('1975-01-01T00:00:00Z'),
      d('1979-12-31T23:59:59Z'),
      d('2020-05-30T19:22:45Z'),
      d('1961-04-12T06:07:00Z'),
      d('2026-12-31T00:00:00Z'),
      d('2027-01-01T00:00:00Z'),
    ],
    launch_status_abbrev: ['Success', 'Success', 'Success', 'Success', 'Success', 'TBD', 'TBD'],
    launch_status_id: [3, 3, 3, 3, 3, 2, 2],
  });
}

/** Four astronauts with the columns the loader's astronaut table will have that we use. */
export function astronautsTable() {
  return table({
    id: [1, 2, 3, 4],
    name: ['A', 'B', 'C', 'D'],
    agency_id: [1, 1, 2, null],
    agency_name: ['NASA', 'NASA', 'Roscosmos', null],
    nationality: ['American', 'American', 'Russian', 'Earthling'],
    first_flight: [
      d('1969-12-31T23:30:00Z'),
      d('1979-12-31T23:30:00Z'),
      d('1961-04-12T06:07:00Z'),
      null,
    ],
    time_in_space_s: [100, 300, 200, 0],
    eva_time_s: [10, null, 0, 0],
  });
}
