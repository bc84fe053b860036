/**
 * The configurations table: one row per spacecraft configuration (`spacecraft_configurations`
 * in 2.3.0, `config/spacecraft` in 2.2.0), type and agency flattened.
 *
 * 2.3.0 adds `family`, `fastest_turnaround` and the statistics fields
 * ({@link CONFIGURATION_STATISTICS}); in 2.2.0 records they are absent and read as null.
 */
import type { ApiVersion } from '../ll2/record-kind.js';
import { check, col, type ColumnSpec } from './column-spec.js';
import {
  count,
  day,
  duration,
  flag,
  integer,
  names,
  requiredObject,
  text,
} from './field-readers.js';
import { agencyType } from './spacecraft-columns.js';

/** The statistics fields of a 2.3.0 configuration, kept under their API names. */
export const CONFIGURATION_STATISTICS = [
  'spacecraft_flown',
  'total_launch_count',
  'successful_launches',
  'failed_launches',
  'attempted_landings',
  'successful_landings',
  'failed_landings',
] as const;

/** The configurations table's columns read from a record of one version, in table order. */
export function configurationColumns(version: ApiVersion): readonly ColumnSpec[] {
  return [
    col('id', 'id', integer),
    col('url', 'url', text),
    col('name', 'name', text),
    col('type_id', 'type.id', integer),
    col('type_name', 'type.name', text),
    check('agency', requiredObject),
    col('agency_id', 'agency.id', integer),
    col('agency_name', 'agency.name', text),
    col('agency_abbrev', 'agency.abbrev', text),
    col('agency_type_name', 'agency.type', agencyType(version)),
    col('family_names', 'family', names),
    col('in_use', 'in_use', flag),
    col('human_rated', 'human_rated', flag),
    col('crew_capacity', 'crew_capacity', count),
    col('maiden_flight', 'maiden_flight', day),
    col('fastest_turnaround_s', 'fastest_turnaround', duration),
    ...CONFIGURATION_STATISTICS.map((name) => col(name, name, count)),
  ];
}
