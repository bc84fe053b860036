/**
 * The kinds of Launch Library 2 record the kit knows, told from a record's `url`.
 *
 * LL2 names its endpoints differently across versions (`astronaut` in 2.2.0 is `astronauts`
 * in 2.3.0; `config/spacecraft` became `spacecraft_configurations`); both map to one kind.
 */

/** Kinds the kit loads into tables. */
export type AnalysedKind =
  'spacecraft' | 'spacecraft_flight' | 'astronaut' | 'spacecraft_configuration';

/** The API versions whose shapes the kit knows for the kinds it loads. */
export type ApiVersion = '2.2.0' | '2.3.0';

/** {@link ApiVersion} as a list, oldest first. */
export const API_VERSIONS: readonly ApiVersion[] = ['2.2.0', '2.3.0'];

/** Every kind the kit can name; others are reported by their endpoint path. */
export type RecordKind =
  AnalysedKind | 'launch' | 'agency' | 'docking_event' | 'space_station' | 'pad' | 'other';

/** What a record's url says about it. */
export interface KindAndVersion {
  kind: RecordKind;
  /** The endpoint path as written in the url, such as `spacecraft/flight`. */
  endpoint: string;
  /** The API version in the url, such as `2.3.0`. */
  version: string;
}

const ENDPOINT_KINDS: Record<string, RecordKind> = {
  spacecraft: 'spacecraft',
  spacecraft_flights: 'spacecraft_flight',
  'spacecraft/flight': 'spacecraft_flight',
  astronauts: 'astronaut',
  astronaut: 'astronaut',
  spacecraft_configurations: 'spacecraft_configuration',
  'config/spacecraft': 'spacecraft_configuration',
  launches: 'launch',
  launch: 'launch',
  agencies: 'agency',
  docking_events: 'docking_event',
  docking_event: 'docking_event',
  space_stations: 'space_station',
  spacestation: 'space_station',
  pads: 'pad',
  pad: 'pad',
};

// https://host/2.3.0/spacecraft_flights/760/?format=api → version, endpoint path, id.
const URL_PATTERN =
  /^https?:\/\/[^/]+\/(\d+\.\d+\.\d+)\/((?:[a-z_]+\/)*?[a-z_]+)\/[^/?#]+\/?(?:[?#].*)?$/;

/**
 * Tells a record's kind and API version from its `url`, or returns null when the url is not
 * an LL2 record url.
 *
 * @example
 * kindFromUrl('https://ll.thespacedevs.com/2.2.0/spacecraft/flight/201/');
 * // { kind: 'spacecraft_flight', endpoint: 'spacecraft/flight', version: '2.2.0' }
 */
export function kindFromUrl(url: unknown): KindAndVersion | null {
  if (typeof url !== 'string') return null;
  const match = URL_PATTERN.exec(url);
  if (!match) return null;
  const [, version = '', endpoint = ''] = match;
  // Own keys only: a url path such as `/2.3.0/constructor/1/` is of no kind the kit knows.
  const kind = Object.hasOwn(ENDPOINT_KINDS, endpoint) ? ENDPOINT_KINDS[endpoint] : undefined;
  return { kind: kind ?? 'other', endpoint, version };
}

/** True for the kinds that become tables. */
export function isAnalysedKind(kind: RecordKind): kind is AnalysedKind {
  return ANALYSED.includes(kind);
}

const ANALYSED: readonly RecordKind[] = [
  'spacecraft',
  'spacecraft_flight',
  'astronaut',
  'spacecraft_configuration',
];

/**
 * True for the versions whose shapes the kit knows (2.2.0 and 2.3.0).
 *
 * @example
 * isApiVersion('2.1.0'); // false
 */
export function isApiVersion(version: string): version is ApiVersion {
  return (API_VERSIONS as readonly string[]).includes(version);
}
