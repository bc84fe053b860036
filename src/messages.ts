/**
 * Every message a user of the kit can see, in one place.
 *
 * Code that reports a problem calls one of these builders; tests compare against the same
 * builders instead of copying the text. Data messages name the file, the record id and the
 * field, and echo the offending value.
 */

/** Where a value came from: the file (or a label for parsed input), record id and field. */
export interface Place {
  file?: string | null;
  recordId?: string | number | null;
  field?: string | null;
}

/** Shows a value the way a user would recognise it in the JSON they gave us. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is absent)';
  const deep = Array.isArray(value) ? 'a deeply nested array' : `a deeply nested ${typeof value}`;
  // The depth is checked first, so the message does not depend on how much stack is left
  // (a worker thread has more than the main one).
  if (nestedDeeperThan(value, MAX_SHOWN_DEPTH)) return deep;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Circular (only a value given in memory can be): say what it is instead.
    text = deep;
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// Nesting deeper than this is shown as "a deeply nested ..." rather than written out.
const MAX_SHOWN_DEPTH = 200;

// True when arrays and objects nest more than `limit` deep in `value`; walked with a list of
// its own, not by recursion, and each object once (so a circular value ends).
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [current, depth] = item;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (depth >= limit) return true;
    seen.add(current);
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** "file data/x.json, record 536, field time_in_space": the parts that are known. */
export function showPlace(place: Place): string {
  const parts: string[] = [];
  if (place.file) parts.push(`file ${place.file}`);
  if (place.recordId != null) parts.push(`record ${place.recordId}`);
  if (place.field) parts.push(`field ${place.field}`);
  return parts.join(', ');
}

function at(place: Place, text: string): string {
  const where = showPlace(place);
  return where ? `${where}: ${text}` : text;
}

/**
 * The message builders, one per thing that can go wrong or be reported, grouped by topic.
 *
 * @example
 * messages.emptyFile('page.json'); // 'page.json is empty: expected LL2 JSON (a page, an array or a record)'
 */
export const messages = {
  // Durations.
  durationNotText: (value: unknown) =>
    `${showValue(value)} is not an ISO 8601 duration: expected a string such as "P1DT2H3M4S"`,
  durationSyntax: (value: string) =>
    `${showValue(value)} is not an ISO 8601 duration: expected [-]P[nY][nM][nW][nD][T[nH][nM][n[.f]S]], ` +
    'with at least one part and at least one part after T',
  durationCalendar: (value: string) =>
    `${showValue(value)} has years or months, whose length depends on the date: ` +
    'pass a UTC reference date ({ relativeTo }) to measure it',
  durationFraction: (value: string) =>
    `${showValue(value)} has a fraction on a part other than the last time part ` +
    '(only the last of hours, minutes or seconds may have one)',
  durationRange: (value: string) =>
    `${showValue(value)} is too long to be counted exactly in seconds`,
  durationReference: (value: unknown) =>
    `the reference date ${showValue(value)} is not a valid date-time`,

  // Reading input.
  fileUnreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  notJson: (file: string, reason: string) => `${file} is not valid JSON: ${reason}`,
  emptyFile: (file: string) => `${file} is empty: expected LL2 JSON (a page, an array or a record)`,
  noRecords: (file: string, value: unknown) =>
    `${file} holds no LL2 records: expected a page ({count, next, previous, results}), ` +
    `an array of records or one record, got ${showValue(value)}`,
  noRecordsAtKey: (file: string, key: string, value: unknown) =>
    `${file} has no array of records under the key ${showValue(key)}: got ${showValue(value)}`,
  unknownKind: (place: Place, url: unknown) =>
    at(
      place,
      `cannot tell what kind of LL2 record this is from its url ${showValue(url)}: ` +
        'expected a url such as https://ll.thespacedevs.com/2.3.0/spacecraft/1/',
    ),
  unsupportedKind: (file: string, kind: string, count: number) =>
    `${file}: ${count} ${kind} record(s) are of a kind the kit does not analyse; they were not loaded`,

  // Record fields.
  fieldType: (place: Place, expected: string, value: unknown) =>
    at(place, `expected ${expected}, got ${showValue(value)}`),
  missingId: (place: Place) => at(place, 'the record has no id'),
  badDuration: (place: Place, reason: string) => at(place, reason),
  badDate: (place: Place, value: unknown) =>
    at(
      place,
      `${showValue(value)} is not an ISO 8601 date-time in UTC (expected 2025-08-01T15:43:42Z)`,
    ),
  recordSkipped: (place: Place, reason: string) => at(place, `record skipped: ${reason}`),

  // What a report leaves out, and why.
  chartNoTimeInSpace: () => 'no spacecraft in the input has a time in space',
  chartNoFlownSpacecraft: (withoutCount: number) =>
    withoutCount > 0
      ? `no spacecraft in the input has a flights_count of 1 or more (${withoutCount} have no ` +
        'flights_count: LL2 2.2.0 and earlier records lack it)'
      : 'no spacecraft in the input has flown (flights_count of 1 or more, placeholders left out)',
  chartNoLaunchDates: (flights: number, planned: number) =>
    flights === 0
      ? 'the input has no flights with launch dates: normal-mode spacecraft records carry none ' +
        '(load detailed spacecraft records or the spacecraft_flights endpoint)'
      : `none of the input's ${flights} flights has launched with a launch date ` +
        `(${planned} still planned)`,

  // Command line.
  usage: (text: string) => text,
  unknownCommand: (name: string) =>
    `unknown command ${showValue(name)}: try "spaceflight-stats --help"`,
  unknownOption: (name: string) =>
    `unknown option ${showValue(name)}: try "spaceflight-stats --help"`,
  missingOptionValue: (name: string) => `option ${name} needs a value`,
  optionNotFor: (name: string, command: string) =>
    `option ${name} does not apply to the ${command} command`,
  outputNotReport: (dir: string) =>
    `${dir} exists and is not a report written by spaceflight-stats: ` +
    'choose another --out folder, or remove it yourself',
  outputHasOtherFiles: (dir: string, files: string[]) =>
    `${dir} holds files that no report wrote (${files.slice(0, 5).join(', ')}` +
    `${files.length > 5 ? `, and ${files.length - 5} more` : ''}): ` +
    'a new report would delete them; move them away or choose another --out folder',
  outputIsFile: (dir: string) => `--out ${dir} is a file, not a folder`,
  outputIsLink: (dir: string) =>
    `--out ${dir} is a symbolic link: name the folder it points to, or another folder`,
  outputHoldsCwd: (dir: string) =>
    `--out ${dir} is the current folder or holds it: choose a folder inside it instead`,
  outputHoldsInput: (dir: string, input: string) =>
    `--out ${dir} holds the input ${input}, which a new report would delete`,
  cannotWrite: (target: string, reason: string) => `cannot write ${target}: ${reason}`,
  oldReportLeft: (dir: string, reason: string) =>
    `the earlier report was moved to ${dir} but could not be removed (${reason}); remove it yourself`,
  internalError: (text: string) =>
    `internal error: ${text} (this is a bug in spaceflight-stats; ` +
    'run with SPACEFLIGHT_STATS_DEBUG=1 to see where)',
  nothingLoaded: (files: string[]) =>
    `no spacecraft or flights could be loaded from ${files.join(', ')}`,

  // Charts and rendering.
  chartNoData: () => 'No data',
  chartRowsLeftOut: (count: number, group: LeftOutNoun, reason: string) =>
    `${count} ${count === 1 ? group : LEFT_OUT_PLURALS[group]} ${reason} left out`,
  chartFontMissing: (file: string, reason: string) =>
    `cannot find the chart font ${file}: ${reason} (is the dejavu-fonts-ttf package installed?)`,
  pngScale: (value: unknown) =>
    `the PNG scale must be a positive finite number, got ${showValue(value)}`,

  // Issue 3: every LL2 shape the real data has (loader inputs, kinds and versions).
  badDay: (place: Place, value: unknown) =>
    at(place, `${showValue(value)} is not an ISO 8601 calendar date (expected 1978-02-27)`),
  notJsonLine: (place: Place, reason: string, line: string) =>
    at(place, `the line is not valid JSON (${reason}): ${showValue(line)}`),
  manyRecordArrays: (file: string, keys: string[]) =>
    `${file} holds several arrays of records (${keys.map((k) => showValue(k)).join(', ')}): ` +
    'name the one to read with --records-key (recordsKey in load options)',
  mixedKinds: (place: Place, fileKind: string, kind: string, url: unknown) =>
    at(
      place,
      `the file holds ${fileKind} records, but this record is of kind ${kind} ` +
        `(url ${showValue(url)}): ` +
        'put records of each kind in their own file',
    ),
  kindNotAnalysed: (kind: string) => `${kind} records are of a kind the kit does not analyse`,
  versionNotRead: (kind: string, version: string) =>
    `${kind} records of API ${version} are not read: the kit knows the 2.2.0 and 2.3.0 shapes ` +
    '(force one with --api-version)',
  badApiVersion: (value: string) =>
    `unknown API version ${showValue(value)}: expected 2.2.0 or 2.3.0`,

  // Issue 5: the full chart set, exports and the interactive HTML report.
  chartZerosLeftOut: (count: number, noun: LeftOutNoun) =>
    `${count} ${count === 1 ? noun : LEFT_OUT_PLURALS[noun]} with zero time in space left out ` +
    '(a log axis has no zero)',
  chartNoSpacecraft: () => 'the input has no spacecraft',
  chartNoFlightDurations: () => 'no flight in the input has both a launch date and a duration',
  chartNoTurnarounds: () =>
    'no flight in the input has a turnaround time (LL2 gives one only for a reflight)',
  chartNoAstronauts: () => 'the input has no astronauts (load an LL2 astronaut file with it)',
  chartNoAstronautTime: () => 'no astronaut in the input has a time in space',
  chartNoFlights: () =>
    'the input has no flights: normal-mode spacecraft records carry none ' +
    '(load detailed spacecraft records or the spacecraft_flights endpoint)',
  chartOption: (option: string, value: unknown, expected: readonly string[]) =>
    `the chart option ${showValue(option)} must be one of ${expected.join(', ')}, got ${showValue(value)}`,
  reportInteractiveFailed: (chart: string) =>
    `the interactive chart ${chart} could not be drawn; the static picture is shown instead`,

  // Issue 4: statistics groupings, the offline spacecraft query and its command.
  unknownGrouping: (by: string, named: readonly string[], columns: readonly string[]) =>
    `cannot group by ${showValue(by)}: it is neither a grouping (${named.join(', ')}) ` +
    `nor a column of the table (${columns.join(', ')})`,
  queryOrdering: (value: unknown, fields: readonly string[]) =>
    `cannot order by ${showValue(value)}: expected one of ${fields.join(', ')}, ` +
    'each with an optional leading "-" for descending, separated by commas',
  queryLimit: (value: unknown) =>
    `limit must be a whole number of 1 or more (LL2 gives at most 100), got ${showValue(value)}`,
  queryOffset: (value: unknown) =>
    `offset must be a whole number of 0 or more, got ${showValue(value)}`,
  queryText: (name: string, value: unknown) => `${name} must be text, got ${showValue(value)}`,
  queryId: (name: string, value: unknown) =>
    `${name} must be a whole number (an LL2 id), got ${showValue(value)}`,
  queryBoolean: (name: string, value: unknown) =>
    `${name} must be true or false (or 1 or 0, as LL2 accepts), got ${showValue(value)}`,
  queryFormat: (value: unknown) => `--format must be table, csv or json, got ${showValue(value)}`,
  optionNotForCommand: (option: string, command: string | null) =>
    `option ${option} is for the query command, not ${showValue(command ?? '(none)')}`,
  queryMatches: (count: number, first: number, last: number) =>
    count === 0
      ? '0 spacecraft match'
      : `${count} spacecraft match; showing ${first <= last ? `${first}-${last}` : 'none'}`,

  // Issue 7: fetching from the live LL2 API into a snapshot folder.
  fetchUnknownEndpoint: (endpoint: string, known: readonly string[]) =>
    `cannot fetch ${showValue(endpoint)}: expected one of ${known.join(', ')}`,
  fetchMissingEndpoint: (known: readonly string[]) =>
    `fetch needs an endpoint: one of ${known.join(', ')}`,
  fetchBadOption: (option: string, value: unknown, expected: string) =>
    `option ${option} got ${showValue(value)}: expected ${expected}`,
  fetchOutRequired: () => 'fetch needs --out DIR: the snapshot folder to write',
  fetchOutIsBundledData: (dir: string) =>
    `${dir} is the bundled sample's data folder: choose another --out folder`,
  fetchOutNotSnapshot: (dir: string) =>
    `${dir} exists and is not a snapshot folder (it has no manifest.json): ` +
    'choose another --out folder, or empty it yourself',
  fetchSnapshotMismatch: (dir: string, field: string, saved: unknown, asked: unknown) =>
    `${dir} holds a snapshot with ${field} ${showValue(saved)}, not ${showValue(asked)}: ` +
    'choose another --out folder',
  fetchBadManifest: (file: string, reason: string) =>
    `${file} is not a snapshot manifest: ${reason}`,
  fetchForeignNext: (next: string, base: string) =>
    `refusing the next link ${showValue(next)}: it leaves the base URL ${base} ` +
    '(another host, port or scheme)',
  fetchNextLoop: (url: string) => `the next link ${showValue(url)} points at a page already read`,
  fetchTooManyPages: (limit: number) => `stopped after ${limit} pages: the listing does not end`,
  fetchHttpStatus: (url: string, status: number, body: string) =>
    `${url} answered HTTP ${status}: ${showValue(body)}`,
  fetchNotAPage: (url: string, value: unknown) =>
    `${url} did not answer with an LL2 page ({count, next, previous, results} with ids): ` +
    `got ${showValue(value)}`,
  fetchGaveUp: (url: string, attempts: number, reason: string) =>
    `gave up on ${url} after ${attempts} attempts: ${reason}`,
  fetchSavedSoFar: (pages: number, records: number, dir: string) =>
    `${pages} page(s) with ${records} records are saved in ${dir}; ` +
    'run the same command again to resume',
  fetchTimeout: (ms: number) => `no complete answer within ${ms} ms`,
  fetchCutOff: (reason: string) => `the answer was cut off or broken: ${reason}`,
  fetchServerError: (status: number) => `HTTP ${status}`,
  fetchThrottled: (seconds: number) => `throttled: waiting ${seconds} s as the server asked`,
  fetchStillShifting: (rounds: number) =>
    `the data kept changing through ${rounds} recovery rounds: duplicates are merged by id, ` +
    'but a record may be missing; fetch again later',
  fetchPageLine: (index: number, records: number, count: number, again: boolean) =>
    `page ${index + 1} ${again ? 'read again' : 'read'}: ${records} records ` +
    `(listing count ${count})`,
  fetchRetryLine: (wait: string, attempt: number, reason: string) =>
    `retrying in ${wait} (attempt ${attempt}: ${reason})`,
  fetchThrottledLine: (wait: string) => `throttled by the server: waiting ${wait}`,
  fetchBudgetLine: (wait: string) => `hourly request budget spent: waiting ${wait}`,
  fetchShiftLine: (page: number) =>
    `the data shifted while paging: reading page ${page} and others before it again`,
  fetchSummary: (requests: number, saved: number, pages: number, records: number, dir: string) =>
    `made ${requests} request(s), saved ${saved} page(s); ${dir} holds ${pages} page(s) ` +
    `with ${records} distinct records`,
  fetchFromCache: (dir: string, pages: number, records: number) =>
    `${dir} already holds the complete snapshot (${pages} page(s), ${records} records): ` +
    'no request made (--use-cache)',
  fetchListingShort: (records: number, count: number) =>
    `the listing ended (next: null) after ${records} distinct records, but the server counts ` +
    `${count}: ${count - records} record(s) missing; the counts of the pages agree and no ` +
    'record repeats, so the data did not shift and reading the pages again would not help',
  fetchSavedNoResume: (pages: number, records: number, dir: string) =>
    `${pages} page(s) with ${records} records are saved in ${dir}, not marked complete; ` +
    'running the same command again would stop the same way: remove the folder (or choose ' +
    'another --out) once the server answers differently',
  fetchRefreshKept: (out: string, staging: string, pages: number, records: number) =>
    `the complete snapshot in ${out} is untouched; the refresh saved ${pages} page(s) with ` +
    `${records} records in ${staging}: run the same command again to go on with the refresh`,
  fetchRefreshDropped: (out: string, staging: string) =>
    `the complete snapshot in ${out} is untouched; the partial refresh in ${staging} was ` +
    'removed, since running the same command again could not go on from it',

  // Issue 6: notebook display helpers.
  notebookNoDisplay: () =>
    'no tslab kernel is running in this process, so there is nowhere to show the output: ' +
    'outside a tslab notebook, pass { display: (bundle) => ... }',
  notebookChartText: (title: string | null, subtitle: string | null) =>
    `Vega-Lite chart ${title == null ? 'untitled' : showValue(title)}` +
    (subtitle == null ? '' : ` (${subtitle})`),
  notebookTableCaption: (rows: number, columns: number, shown: number) =>
    `${plural(rows, 'row')} × ${plural(columns, 'column')}` +
    (shown < rows ? ` (first ${shown} shown)` : ''),
  previewLimit: (value: unknown) =>
    `the preview limit must be a whole number of 0 or more, got ${showValue(value)}`,
} as const;

/** What a chart can leave out, in the singular; `LEFT_OUT_PLURALS` has the plurals. */
export type LeftOutNoun =
  'configuration' | 'decade' | 'agency' | 'spacecraft' | 'flight' | 'astronaut';

const LEFT_OUT_PLURALS: Record<LeftOutNoun, string> = {
  configuration: 'configurations',
  decade: 'decades',
  agency: 'agencies',
  spacecraft: 'spacecraft',
  flight: 'flights',
  astronaut: 'astronauts',
};

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** An input problem that stops the work: the message already says where and what. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly place: Place = {},
  ) {
    super(message);
  }
}
