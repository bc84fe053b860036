/**
 * The spacecraft table: one row per spacecraft, its configuration and agency flattened.
 *
 * Normal and detailed records of API 2.2.0 and 2.3.0 share these columns. Fields a version
 * lacks (2.2.0 lists from 2022 have no `time_in_space`, for one) read as null. The agency's
 * `type` is a string in 2.2.0 and an object with a name in 2.3.0; each version is held to
 * its own shape.
 */
import type { ApiVersion } from '../ll2/record-kind.js';
import { check, col, type ColumnSpec } from './column-spec.js';
import {
  count,
  duration,
  flag,
  integer,
  names,
  objectName,
  requiredObject,
  text,
} from './field-readers.js';

const CONFIG = 'spacecraft_config';
const AGENCY = `${CONFIG}.agency`;

/** The reader of an agency's `type`: a string in 2.2.0, an object with a name in 2.3.0. */
export function agencyType(version: ApiVersion) {
  return version === '2.2.0' ? text : objectName;
}

/** The spacecraft table's columns read from a record of one API version, in table order. */
export function spacecraftColumns(version: ApiVersion): readonly ColumnSpec[] {
  return [
    col('id', 'id', integer),
    col('url', 'url', text),
    col('name', 'name', text),
    col('serial_number', 'serial_number', text),
    col('is_placeholder', 'is_placeholder', flag),
    col('in_space', 'in_space', flag),
    col('status_id', 'status.id', integer),
    col('status_name', 'status.name', text),
    col('description', 'description', text),
    check(CONFIG, requiredObject),
    col('spacecraft_config_id', `${CONFIG}.id`, integer),
    col('spacecraft_config_name', `${CONFIG}.name`, text),
    col('spacecraft_config_type_id', `${CONFIG}.type.id`, integer),
    col('spacecraft_config_type_name', `${CONFIG}.type.name`, text),
    col('spacecraft_config_agency_id', `${AGENCY}.id`, integer),
    col('spacecraft_config_agency_name', `${AGENCY}.name`, text),
    col('spacecraft_config_agency_abbrev', `${AGENCY}.abbrev`, text),
    col('spacecraft_config_agency_type_name', `${AGENCY}.type`, agencyType(version)),
    col('spacecraft_config_family_names', `${CONFIG}.family`, names),
    col('spacecraft_config_in_use', `${CONFIG}.in_use`, flag),
    col('flights_count', 'flights_count', count),
    col('mission_ends_count', 'mission_ends_count', count),
    col('time_in_space_s', 'time_in_space', duration),
    col('time_docked_s', 'time_docked', duration),
    col('fastest_turnaround_s', 'fastest_turnaround', duration),
  ];
}
