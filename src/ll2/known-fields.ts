/**
 * The top-level fields each kind of record has in each API version the kit reads. A field
 * outside these is unknown: it is ignored, and the load report lists it.
 *
 * 2.3.0 lists every property of the endpoint's response shapes (normal and detailed) in the
 * official OpenAPI file; a test holds these lists against it. 2.2.0 has no such file here: its
 * lists come from the real 2.2.0 responses (see the data folder's README) and LL2's 2.2.0
 * detailed modes (`flights`, `landings`, the crews).
 */
import type { AnalysedKind, ApiVersion } from './record-kind.js';

const SPACECRAFT_2_2 = [
  'id',
  'url',
  'name',
  'serial_number',
  'is_placeholder',
  'in_space',
  'time_in_space',
  'time_docked',
  'flights_count',
  'mission_ends_count',
  'status',
  'description',
  'spacecraft_config',
  'fastest_turnaround',
  'flights',
];

const FLIGHT_2_2 = [
  'id',
  'url',
  'destination',
  'mission_end',
  'spacecraft',
  'launch',
  'duration',
  'turn_around_time',
  'launch_crew',
  'onboard_crew',
  'landing_crew',
  'docking_events',
];

const ASTRONAUT_COMMON = [
  'id',
  'url',
  'name',
  'status',
  'type',
  'agency',
  'in_space',
  'time_in_space',
  'eva_time',
  'age',
  'date_of_birth',
  'date_of_death',
  'nationality',
  'bio',
  'wiki',
  'last_flight',
  'first_flight',
  'flights_count',
  'landings_count',
  'spacewalks_count',
  'flights',
  'landings',
];

const CONFIGURATION_COMMON = [
  'id',
  'url',
  'name',
  'type',
  'agency',
  'in_use',
  'capability',
  'history',
  'details',
  'maiden_flight',
  'height',
  'diameter',
  'human_rated',
  'crew_capacity',
  'payload_capacity',
  'payload_return_capacity',
  'flight_life',
  'wiki_link',
  'info_link',
];

/** Known top-level fields by kind and version. */
export const KNOWN_FIELDS: Record<AnalysedKind, Record<ApiVersion, readonly string[]>> = {
  spacecraft: {
    '2.2.0': SPACECRAFT_2_2,
    '2.3.0': [...SPACECRAFT_2_2, 'response_mode', 'image'],
  },
  spacecraft_flight: {
    '2.2.0': FLIGHT_2_2,
    '2.3.0': [...FLIGHT_2_2, 'response_mode', 'landing'],
  },
  astronaut: {
    '2.2.0': [
      ...ASTRONAUT_COMMON,
      'twitter',
      'instagram',
      'profile_image',
      'profile_image_thumbnail',
    ],
    '2.3.0': [...ASTRONAUT_COMMON, 'response_mode', 'image', 'social_media_links', 'spacewalks'],
  },
  spacecraft_configuration: {
    '2.2.0': [...CONFIGURATION_COMMON, 'image_url', 'nation_url'],
    '2.3.0': [
      ...CONFIGURATION_COMMON,
      'response_mode',
      'image',
      'family',
      'fastest_turnaround',
      'spacecraft_flown',
      'total_launch_count',
      'successful_launches',
      'failed_launches',
      'attempted_landings',
      'successful_landings',
      'failed_landings',
    ],
  },
};
