/**
 * The flights table: one row per spacecraft flight, with its launch flattened.
 *
 * Rows come from the `spacecraft_flights` endpoint (2.3.0; `spacecraft/flight` in 2.2.0) and
 * from the `flights` list of detailed spacecraft records. `spacecraft_id` links a row to the
 * spacecraft table. 2.2.0 and 2.3.0 flights have the same shape for these fields.
 */
import type { ApiVersion } from '../ll2/record-kind.js';
import { check, col, type ColumnSpec } from './column-spec.js';
import { dateTime, duration, integer, requiredObject, text, uuid } from './field-readers.js';

/** The flights table's columns read from a flight record, in table order. */
export function flightColumns(_version: ApiVersion): readonly ColumnSpec[] {
  return [
    col('id', 'id', integer),
    col('url', 'url', text),
    col('spacecraft_id', 'spacecraft.id', integer),
    col('destination', 'destination', text),
    col('mission_end', 'mission_end', dateTime),
    col('duration_s', 'duration', duration),
    col('turn_around_time_s', 'turn_around_time', duration),
    check('launch', requiredObject),
    col('launch_id', 'launch.id', uuid),
    col('launch_name', 'launch.name', text),
    col('launch_net', 'launch.net', dateTime),
    col('launch_net_precision_abbrev', 'launch.net_precision.abbrev', text),
    col('launch_status_id', 'launch.status.id', integer),
    col('launch_status_abbrev', 'launch.status.abbrev', text),
    col('launch_status_name', 'launch.status.name', text),
    col('launch_service_provider_id', 'launch.launch_service_provider.id', integer),
    col('launch_service_provider_name', 'launch.launch_service_provider.name', text),
    col('mission_name', 'launch.mission.name', text),
  ];
}
