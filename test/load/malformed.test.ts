// load() on the malformed corpus in test/fixtures/malformed/: small hand-made files, each
// broken in one way (test/fixtures/malformed/README.md). Every expected message is built
// from the catalogue in src/messages.ts with the file, record id, field and bad value
// written out here by hand from the fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { load, type LoadOptions } from '../../src/load/load.js';
import { InputError, messages, type Place } from '../../src/messages.js';
import { root } from '../support/real-data.js';

const DIR = path.join(root, 'test/fixtures/malformed');
const at = (name: string) => path.join(DIR, name);

// Node's own JSON parser says why a text is not JSON: the expected reason comes from it.
function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the fixture parses');
}

const AGENCY_TYPE = { id: 1, name: 'Government' };

/** Files that stop the load: input, options, expected message. */
const STOPS: [string, string, LoadOptions, () => string][] = [
  [
    'truncated.json',
    'truncated.json',
    {},
    () =>
      messages.notJson(
        at('truncated.json'),
        parseError(readFileSync(at('truncated.json'), 'utf8')),
      ),
  ],
  ['empty.json', 'empty.json', {}, () => messages.emptyFile(at('empty.json'))],
  [
    'whitespace-only.json',
    'whitespace-only.json',
    {},
    () => messages.emptyFile(at('whitespace-only.json')),
  ],
  [
    'a .json file in a folder that is not JSON',
    'folder-with-non-json',
    {},
    () => {
      const file = path.join(at('folder-with-non-json'), 'page-2.json');
      return messages.notJson(file, parseError(readFileSync(file, 'utf8')));
    },
  ],
  [
    'envelope-without-results.json',
    'envelope-without-results.json',
    {},
    () =>
      messages.noRecords(at('envelope-without-results.json'), {
        count: 3,
        next: null,
        previous: null,
      }),
  ],
  ['number.json', 'number.json', {}, () => messages.noRecords(at('number.json'), 42)],
  ['string.json', 'string.json', {}, () => messages.noRecords(at('string.json'), 'spacecraft')],
  [
    'two-record-arrays.json',
    'two-record-arrays.json',
    {},
    () => messages.manyRecordArrays(at('two-record-arrays.json'), ['spacecraft', 'astronauts']),
  ],
  [
    'a records key that is not there',
    'mixed-kinds.json',
    { recordsKey: 'launches' },
    () =>
      messages.noRecordsAtKey(
        at('mixed-kinds.json'),
        'launches',
        JSON.parse(readFileSync(at('mixed-kinds.json'), 'utf8')),
      ),
  ],
  ['empty.ndjson', 'empty.ndjson', {}, () => messages.emptyFile(at('empty.ndjson'))],
  [
    'a manifest with a fetch time that is not UTC ISO 8601',
    'snapshot-bad-manifest',
    {},
    () =>
      messages.badDate(
        {
          file: path.join(at('snapshot-bad-manifest'), 'manifest.json'),
          recordId: 'pages[0]',
          field: 'fetched_at',
        },
        '2025-01-01 10:00',
      ),
  ],
  [
    'a file that is not there',
    'no-such-file.json',
    {},
    () => messages.fileUnreadable(at('no-such-file.json'), 'ENOENT'),
  ],
];

describe('load(malformed file) stops with one message naming the file', () => {
  test.each(STOPS)('load(%s) throws an InputError', async (_name, file, options, expected) => {
    const error = await load(at(file), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(expected());
  });
});

/** Files whose bad record is skipped: file, record id, field, expected message. */
const SKIPS: [string, string | number, string | null, (place: Place) => string][] = [
  ['spacecraft-id-string.json', '12', 'id', (p) => messages.fieldType(p, 'a whole number', '12')],
  ['astronaut-id-string.json', '7', 'id', (p) => messages.fieldType(p, 'a whole number', '7')],
  [
    'configuration-id-fraction.json',
    1.5,
    'id',
    (p) => messages.fieldType(p, 'a whole number', 1.5),
  ],
  ['launch-id-number.json', 760, 'launch.id', (p) => messages.fieldType(p, 'a UUID', 42)],
  [
    'duration-number.json',
    1,
    'time_in_space',
    (p) => messages.badDuration(p, messages.durationNotText(86400)),
  ],
  [
    'duration-words.json',
    1,
    'time_in_space',
    (p) => messages.badDuration(p, messages.durationSyntax('12 days')),
  ],
  [
    'spacecraft-config-null.json',
    1,
    'spacecraft_config',
    (p) => messages.fieldType(p, 'an object (LL2 always gives this field)', null),
  ],
  [
    'spacecraft-config-absent.json',
    1,
    'spacecraft_config',
    (p) => messages.fieldType(p, 'an object (LL2 always gives this field)', undefined),
  ],
  [
    'agency-type-object-in-2.2.0.json',
    1,
    'spacecraft_config.agency.type',
    (p) => messages.fieldType(p, 'a string', AGENCY_TYPE),
  ],
  [
    'agency-type-string-in-2.3.0.json',
    1,
    'spacecraft_config.agency.type',
    (p) => messages.fieldType(p, 'an object with a name', 'Government'),
  ],
  [
    'nationality-list-in-2.2.0.json',
    1,
    'nationality',
    (p) =>
      messages.fieldType(p, 'a string', [{ id: 1, name: 'France', nationality_name: 'French' }]),
  ],
  [
    'nationality-string-in-2.3.0.json',
    1,
    'nationality',
    (p) => messages.fieldType(p, 'a list', 'French'),
  ],
  [
    'negative-flights-count.json',
    1,
    'flights_count',
    (p) => messages.fieldType(p, 'a whole number of 0 or more', -1),
  ],
  [
    'negative-spacewalks-count.json',
    1,
    'spacewalks_count',
    (p) => messages.fieldType(p, 'a whole number of 0 or more', -2),
  ],
  [
    'mixed-kinds.json',
    5,
    'url',
    (p) =>
      messages.mixedKinds(
        p,
        'spacecraft',
        'astronaut',
        'https://ll.thespacedevs.com/2.3.0/astronauts/5/',
      ),
  ],
  ['no-url.json', 1, 'url', (p) => messages.unknownKind(p, undefined)],
  ['url-not-ll2.json', 1, 'url', (p) => messages.unknownKind(p, 'https://example.com/spacecraft')],
  [
    'record-not-object.json',
    '#1 (no id)',
    null,
    (p) => messages.fieldType(p, 'an object (one LL2 record)', 1),
  ],
  ['no-id.json', '#1 (no id)', 'id', (p) => messages.missingId(p)],
  ['birth-date-not-a-day.json', 1, 'date_of_birth', (p) => messages.badDay(p, '1978-02-30')],
  [
    'first-flight-local-time.json',
    1,
    'first_flight',
    (p) => messages.badDate(p, '2016-11-17 20:20:13'),
  ],
  [
    'maiden-flight-date-time.json',
    10,
    'maiden_flight',
    (p) => messages.badDay(p, '1966-02-26T00:00:00Z'),
  ],
  ['in-space-string.json', 1, 'in_space', (p) => messages.fieldType(p, 'true or false', 'yes')],
  [
    'flights-not-a-list.json',
    1,
    'flights',
    (p) => messages.fieldType(p, 'a list of flights', { id: 201 }),
  ],
  [
    'family-of-strings.json',
    10,
    'family[0]',
    (p) => messages.fieldType(p, 'an object with a name', 'Dragon'),
  ],
  ['nested-flight-bad-mission-end.json', 201, 'mission_end', (p) => messages.badDate(p, 'soon')],
  ['last-updated-words.json', 1, 'last_updated', (p) => messages.badDate(p, 'yesterday')],
];

describe('load(file with a malformed record) skips the record and says where', () => {
  test.each(SKIPS)('load(%s) skips record %s, field %s', async (file, recordId, field, build) => {
    const place = { file: at(file), recordId, field };
    const { report } = await load(at(file));
    expect(report.skipped).toEqual([{ file: at(file), recordId, field, message: build(place) }]);
  });

  test('load(bad-line.ndjson) skips the truncated line 2 and reads lines 1 and 3', async () => {
    const file = at('bad-line.ndjson');
    const line = readFileSync(file, 'utf8').split('\n')[1] as string;
    const place = { file, recordId: 'line 2' };
    const { flights, report } = await load(file);
    expect(flights.array('id')).toEqual([760, 762]);
    expect(report.skipped).toEqual([
      {
        file,
        recordId: 'line 2',
        field: null,
        message: messages.notJsonLine(place, parseError(line), line),
      },
    ]);
  });

  test('load(nested-flight-bad-mission-end.json) keeps the spacecraft around the bad flight', async () => {
    const { spacecraft, flights } = await load(at('nested-flight-bad-mission-end.json'));
    expect(spacecraft.array('id')).toEqual([3]);
    expect(flights.numRows()).toBe(0);
  });

  test('load(version-1.0.0-spacecraft.json) names the version it cannot read, loads nothing', async () => {
    const { spacecraft, report } = await load(at('version-1.0.0-spacecraft.json'));
    expect(spacecraft.numRows()).toBe(0);
    expect(report.files[0]?.notAnalysedReasons).toEqual({
      [messages.versionNotRead('spacecraft', '1.0.0')]: 1,
    });
  });

  test('load(spacecraft-id-string.json, { strict: true }) throws the skip message', async () => {
    const place = { file: at('spacecraft-id-string.json'), recordId: '12', field: 'id' };
    await expect(load(place.file, { strict: true })).rejects.toThrow(
      messages.fieldType(place, 'a whole number', '12'),
    );
  });
});

describe('load(file with a byte order mark)', () => {
  test('load(bom.json) reads the page after the mark', async () => {
    expect((await load(at('bom.json'))).spacecraft.numRows()).toBe(1);
  });

  test('load(bom.ndjson) reads the record after the mark', async () => {
    const { astronauts } = await load(at('bom.ndjson'));
    expect(astronauts.objects()).toMatchObject([{ id: 1, nationality: 'French' }]);
  });
});
