// The columns of the astronauts and configurations tables are a contract other parts of the
// kit are built against: the lists below are copied by hand from it (docs/ARCHITECTURE.md).
import { describe, expect, test } from 'vitest';
import { ASTRONAUT_TABLE_COLUMNS, CONFIGURATION_TABLE_COLUMNS, load } from '../../src/index.js';
import { spacecraftRecord } from '../support/sample.js';

const ASTRONAUTS = [
  'id',
  'url',
  'name',
  'status_id',
  'status_name',
  'agency_id',
  'agency_name',
  'agency_abbrev',
  'agency_type_name',
  'nationality',
  'in_space',
  'time_in_space_s',
  'eva_time_s',
  'date_of_birth',
  'first_flight',
  'last_flight',
  'flights_count',
  'landings_count',
  'spacewalks_count',
  'api_version',
  'source_file',
];

const CONFIGURATIONS = [
  'id',
  'url',
  'name',
  'type_id',
  'type_name',
  'agency_id',
  'agency_name',
  'agency_abbrev',
  'agency_type_name',
  'family_names',
  'in_use',
  'human_rated',
  'crew_capacity',
  'maiden_flight',
  'fastest_turnaround_s',
  'spacecraft_flown',
  'total_launch_count',
  'successful_launches',
  'failed_launches',
  'attempted_landings',
  'successful_landings',
  'failed_landings',
  'api_version',
  'source_file',
];

describe('table columns', () => {
  test('ASTRONAUT_TABLE_COLUMNS and CONFIGURATION_TABLE_COLUMNS are the agreed lists', () => {
    expect(ASTRONAUT_TABLE_COLUMNS).toEqual(ASTRONAUTS);
    expect(CONFIGURATION_TABLE_COLUMNS).toEqual(CONFIGURATIONS);
  });

  test('load(spacecraft only) gives empty astronauts and configurations with every column', async () => {
    const { astronauts, configurations, report } = await load({ json: [spacecraftRecord()] });
    expect(astronauts.numRows()).toBe(0);
    expect(astronauts.columnNames()).toEqual(ASTRONAUTS);
    expect(configurations.numRows()).toBe(0);
    expect(configurations.columnNames()).toEqual(CONFIGURATIONS);
    expect(report.tables.astronauts).toEqual({ rows: 0, mergedCopies: 0, differingIds: [] });
  });
});
