/**
 * The astronauts table: one row per astronaut, agency and status flattened.
 *
 * `nationality` is a string in 2.2.0 ("French") and a list of country objects in 2.3.0,
 * whose `nationality_name` ("French") is the same word; several are joined with ", ".
 * `date_of_birth` is a calendar date, read as 00:00 UTC of that day.
 */
import type { ApiVersion } from '../ll2/record-kind.js';
import { col, type ColumnSpec } from './column-spec.js';
import {
  count,
  dateTime,
  day,
  duration,
  flag,
  integer,
  joined,
  text,
  type FieldReader,
} from './field-readers.js';
import { agencyType } from './spacecraft-columns.js';

/** The reader of `nationality`: a string in 2.2.0, a list of countries in 2.3.0. */
function nationality(version: ApiVersion): FieldReader {
  return version === '2.2.0' ? text : joined('nationality_name');
}

/** The astronauts table's columns read from a record of one API version, in table order. */
export function astronautColumns(version: ApiVersion): readonly ColumnSpec[] {
  return [
    col('id', 'id', integer),
    col('url', 'url', text),
    col('name', 'name', text),
    col('status_id', 'status.id', integer),
    col('status_name', 'status.name', text),
    col('agency_id', 'agency.id', integer),
    col('agency_name', 'agency.name', text),
    col('agency_abbrev', 'agency.abbrev', text),
    col('agency_type_name', 'agency.type', agencyType(version)),
    col('nationality', 'nationality', nationality(version)),
    col('in_space', 'in_space', flag),
    col('time_in_space_s', 'time_in_space', duration),
    col('eva_time_s', 'eva_time', duration),
    col('date_of_birth', 'date_of_birth', day),
    col('first_flight', 'first_flight', dateTime),
    col('last_flight', 'last_flight', dateTime),
    col('flights_count', 'flights_count', count),
    col('landings_count', 'landings_count', count),
    col('spacewalks_count', 'spacewalks_count', count),
  ];
}
