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
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
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
  chartNoFlownSpacecraft: () =>
    'no spacecraft in the input has flown (flights_count of 1 or more, placeholders left out)',
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
  outputNotReport: (dir: string) =>
    `${dir} exists and is not a report written by spaceflight-stats: ` +
    'choose another --out folder, or remove it yourself',
  nothingLoaded: (files: string[]) =>
    `no spacecraft or flights could be loaded from ${files.join(', ')}`,

  // Charts and rendering.
  chartNoData: () => 'No data',
  chartRowsLeftOut: (count: number, group: 'configuration' | 'decade', reason: string) =>
    `${count} ${group}${count === 1 ? '' : 's'} ${reason} left out`,
  chartFontMissing: (file: string, reason: string) =>
    `cannot find the chart font ${file}: ${reason} (is the dejavu-fonts-ttf package installed?)`,
  pngScale: (value: unknown) =>
    `the PNG scale must be a positive finite number, got ${showValue(value)}`,

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
