// load() on the bundled sample, on the real flights file and on small hand-made records.
// Expected numbers were read off the JSON by eye and added up by hand; the arithmetic is in
// the comments next to them.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { InputError, messages } from '../../src/messages.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { page, SAMPLE, spacecraftRecord } from '../support/sample.js';

const FLIGHTS_FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

describe('load(sample page)', () => {
  test('load(sample) gives ten spacecraft rows with flattened, API-named columns', async () => {
    const { spacecraft, flights, report } = await load(SAMPLE);
    expect(spacecraft.numRows()).toBe(10);
    expect(flights.numRows()).toBe(0);
    expect(report.skipped).toEqual([]);
    const voskhod = spacecraft.filter((d: { id: number }) => d.id === 536).object() as Record<
      string,
      unknown
    >;
    expect(voskhod).toMatchObject({
      name: 'Voskhod-3KV No.5',
      spacecraft_config_id: 16,
      spacecraft_config_name: 'Voskhod',
      spacecraft_config_type_name: 'Capsule',
      spacecraft_config_agency_id: 63,
      spacecraft_config_agency_abbrev: 'RFSA',
      spacecraft_config_agency_type_name: 'Government',
      spacecraft_config_family_names: null, // "family": [] in the page
      flights_count: 1,
      // P21DT17H59M24S = 21*86400 + 17*3600 + 59*60 + 24 = 1814400 + 61200 + 3540 + 24
      time_in_space_s: 1879164,
      time_docked_s: 0, // P0D
      fastest_turnaround_s: null, // null in the page: stays null, not 0
      api_version: '2.3.0',
    });
  });

  test('load(sample) keeps the empty abbrev of North American Aviation as it is', async () => {
    const { spacecraft } = await load(SAMPLE);
    const apollo = spacecraft.filter((d: { id: number }) => d.id === 480).object() as Record<
      string,
      unknown
    >;
    expect(apollo.spacecraft_config_agency_name).toBe('North American Aviation');
    expect(apollo.spacecraft_config_agency_abbrev).toBe('');
  });

  test('load(sample) reports P0D time_docked as zeros but not as suspicious', async () => {
    const { report } = await load(SAMPLE);
    const docked = report.durations.find((d) => d.column === 'time_docked_s');
    expect(docked).toMatchObject({ values: 10, zeros: 10, suspiciousZeros: 0 });
  });
});

describe.skipIf(!hasRealData)('load(real spacecraft_flights file)', () => {
  test('load(flights file) gives 38 flights and one spacecraft row per id', async () => {
    const { spacecraft, flights, report } = await load(realFile(FLIGHTS_FILE));
    expect(flights.numRows()).toBe(38); // count: 38 in the envelope, next: null
    // 38 nested spacecraft; RSS First Step (453) flies three times and the Crew Dragon
    // placeholder (452) twice: 38 - 2 - 1 = 35 distinct ids.
    expect(spacecraft.numRows()).toBe(35);
    expect(report.tables.spacecraft.mergedCopies).toBe(3);
  });

  test('load(flights file) keeps 11 null durations and 26 null turnarounds as null', async () => {
    const { flights } = await load(realFile(FLIGHTS_FILE));
    const nulls = (column: string) => flights.array(column).filter((v) => v === null).length;
    // Counted in the file: `"duration": null` 11 times, `"turn_around_time": null` 26 times
    // (the data folder's README says the same).
    expect(nulls('duration_s')).toBe(11);
    expect(nulls('turn_around_time_s')).toBe(26);
  });

  test('load(flights file) reads flight 891 (X-37B) field by field', async () => {
    const { flights } = await load(realFile(FLIGHTS_FILE));
    const x37 = flights.filter((d: { id: number }) => d.id === 891).object() as Record<
      string,
      unknown
    >;
    expect(x37.spacecraft_id).toBe(558);
    expect(x37.launch_status_abbrev).toBe('Success');
    expect((x37.launch_net as Date).toISOString()).toBe('2025-08-22T03:50:00.000Z');
    // P330DT21H55M25.711338S = 330*86400 + 21*3600 + 55*60 + 25.711338
    //                        = 28512000 + 75600 + 3300 + 25.711338 = 28590925.711338
    expect(x37.duration_s).toBeCloseTo(28590925.711338, 6);
    // P1013DT17H28M = 1013*86400 + 17*3600 + 28*60 = 87523200 + 61200 + 1680 = 87586080
    expect(x37.turn_around_time_s).toBe(87586080);
  });
});

describe.skipIf(!hasRealData)('load(real 2.2.0 files)', () => {
  test('load(2.2.0 detail record) reads its nested flight into the flights table', async () => {
    const { spacecraft, flights } = await load(
      realFile('ll2-2.2.0-lldev-spacecraft-3-detail-with-flights-2022.json'),
    );
    expect(spacecraft.numRows()).toBe(1);
    expect(flights.objects()).toMatchObject([
      { id: 201, spacecraft_id: 3, launch_status_abbrev: 'Success', api_version: '2.2.0' },
    ]);
    // 2.2.0 agencies give `type` as a string
    expect(spacecraft.get('spacecraft_config_agency_type_name', 0)).toBe('Government');
  });

  test('load(2.2.0 list from before durations) gives null duration columns and names them', async () => {
    const file = realFile('ll2-2.2.0-lldev-spacecraft-list-page1-2022.json');
    const { spacecraft, report } = await load(file);
    expect(spacecraft.numRows()).toBe(100);
    expect(spacecraft.array('time_in_space_s').every((v) => v === null)).toBe(true);
    expect(report.files[0]?.missingFields.spacecraft).toEqual(
      expect.arrayContaining(['time_in_space', 'time_docked', 'flights_count']),
    );
  });

  test('load(astronaut file) reads its 846 records into the astronauts table', async () => {
    const { spacecraft, astronauts, report } = await load(
      realFile('ll2-2.2.0-lldev-astronauts-normal-846.json'),
    );
    expect(spacecraft.numRows()).toBe(0);
    expect(astronauts.numRows()).toBe(846);
    expect(report.files[0]).toMatchObject({ kinds: { astronaut: 846 }, notAnalysed: 0 });
  });
});

describe('load(bad input)', () => {
  async function tempFile(name: string, body: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'sfs-load-'));
    const file = path.join(dir, name);
    await writeFile(file, body);
    return file;
  }

  test('load(file that is not JSON) throws naming the file', async () => {
    const file = await tempFile('broken.json', '{"count": 1, "results": [');
    await expect(load(file)).rejects.toThrow(InputError);
    await expect(load(file)).rejects.toThrow(`${file} is not valid JSON`);
  });

  test('load(empty file) throws the empty-file message', async () => {
    const file = await tempFile('empty.json', '  \n');
    await expect(load(file)).rejects.toThrow(messages.emptyFile(file));
  });

  test('load(file with a byte order mark) reads the JSON after it', async () => {
    const file = await tempFile('bom.json', `\ufeff${JSON.stringify(page([spacecraftRecord()]))}`);
    expect((await load(file)).spacecraft.numRows()).toBe(1);
  });

  test('load(envelope without results) throws naming the file', async () => {
    const value = { count: 3, next: null };
    await expect(load({ json: value, label: 'x.json' })).rejects.toThrow(
      messages.noRecords('x.json', value),
    );
  });

  test('load(record without an id) skips it and says where', async () => {
    const good = spacecraftRecord({ id: 1 });
    const noId = spacecraftRecord({ id: 2 });
    delete noId.id;
    const { spacecraft, report } = await load({ json: page([good, noId]), label: 'p.json' });
    expect(spacecraft.numRows()).toBe(1);
    expect(report.skipped).toEqual([
      {
        file: 'p.json',
        recordId: '#2 (no id)',
        field: 'id',
        message: messages.missingId({ file: 'p.json', recordId: '#2 (no id)', field: 'id' }),
      },
    ]);
  });

  test('load(bad duration) skips the record with file, id, field and value', async () => {
    const bad = spacecraftRecord({ id: 7, time_in_space: '12 days' });
    const { spacecraft, report } = await load({
      json: page([spacecraftRecord({ id: 1 }), bad]),
      label: 'p.json',
    });
    expect(spacecraft.numRows()).toBe(1);
    const place = { file: 'p.json', recordId: 7, field: 'time_in_space' };
    expect(report.skipped[0]?.message).toBe(
      messages.badDuration(place, messages.durationSyntax('12 days')),
    );
    expect(report.skipped[0]?.message).toContain('"12 days"');
  });

  test('load(bad record, { strict: true }) throws instead of skipping', async () => {
    const bad = spacecraftRecord({ id: 7, flights_count: -1 });
    await expect(load({ json: [bad], label: 'p.json' }, { strict: true })).rejects.toThrow(
      messages.fieldType(
        { file: 'p.json', recordId: 7, field: 'flights_count' },
        'a whole number of 0 or more',
        -1,
      ),
    );
  });

  test('load(record whose url path is named like a prototype key) reports kind other', async () => {
    // kindFromUrl must look the endpoint up among its own keys: before, `constructor` gave
    // the Object function as the kind and `__proto__` Object.prototype.
    // (The url pattern takes lower-case paths: these are the prototype's lower-case keys.)
    for (const endpoint of ['constructor', '__proto__']) {
      const record = { id: 1, url: `https://ll.thespacedevs.com/2.3.0/${endpoint}/1/` };
      const { report } = await load({ json: [record], label: 'p.json' });
      expect(report.files[0]).toMatchObject({
        kinds: { other: 1 },
        notAnalysed: 1,
        notAnalysedReasons: { [messages.kindNotAnalysed('other')]: 1 },
      });
    }
  });

  test('load(string id) skips the record: spacecraft ids are whole numbers', async () => {
    const { report } = await load({ json: [spacecraftRecord({ id: '12' })], label: 'p.json' });
    expect(report.skipped[0]?.field).toBe('id');
    expect(report.skipped[0]?.message).toContain('"12"');
  });
});

describe('load(copies of one record)', () => {
  test('load(two pages that overlap) keeps one row per id and lists ids whose copies differ', async () => {
    const first = page([spacecraftRecord({ id: 1 }), spacecraftRecord({ id: 2 })]);
    const second = page([
      spacecraftRecord({ id: 2, time_in_space: 'P2D' }),
      spacecraftRecord({ id: 3 }),
    ]);
    const a = await load({ json: [first, second].flatMap((p) => p.results as unknown[]) });
    expect(a.spacecraft.numRows()).toBe(3);
    expect(a.report.tables.spacecraft).toEqual({ rows: 3, mergedCopies: 1, differingIds: [2] });
    // the last copy read wins: P2D = 2 * 86400
    expect(a.spacecraft.filter((d: { id: number }) => d.id === 2).get('time_in_space_s', 0)).toBe(
      172800,
    );
  });
});

describe('load(dates)', () => {
  const flight = (net: string) => ({
    id: 1,
    url: 'https://ll.thespacedevs.com/2.3.0/spacecraft_flights/1/',
    launch: {
      id: '8034d81b-af96-460c-a7b7-5c8e7f1a1d86',
      net,
      status: { id: 3, abbrev: 'Success' },
    },
  });

  test('load(flight launched on 1961-02-30) skips it: that day does not exist', async () => {
    const { flights, report } = await load({ json: [flight('1961-02-30T00:00:00Z')], label: 'f' });
    expect(flights.numRows()).toBe(0);
    expect(report.skipped[0]?.message).toBe(
      messages.badDate({ file: 'f', recordId: 1, field: 'launch.net' }, '1961-02-30T00:00:00Z'),
    );
  });

  test('load(flight on 2024-02-29) reads the leap day, and 2023-02-29 is refused', async () => {
    const leap = await load({ json: [flight('2024-02-29T12:00:00Z')] });
    expect((leap.flights.get('launch_net', 0) as Date).toISOString()).toBe(
      '2024-02-29T12:00:00.000Z',
    );
    const notLeap = await load({ json: [flight('2023-02-29T12:00:00Z')] });
    expect(notLeap.flights.numRows()).toBe(0);
  });

  test('load(date with an offset) gives the UTC instant', async () => {
    const { flights } = await load({ json: [flight('1969-07-16T09:32:00-04:00')] });
    expect((flights.get('launch_net', 0) as Date).toISOString()).toBe('1969-07-16T13:32:00.000Z');
  });
});

test('load(10,000 nested arrays) skips the one "record" with a message, no stack overflow', async () => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const { report } = await load({ json: JSON.parse(deep), label: 'deep.json' });
  expect(report.skipped).toHaveLength(1);
  expect(report.skipped[0]?.message).toContain('a deeply nested array');
});

test('load(2.3.0 and 2.2.0 copies of one id, no dates) keeps the 2.3.0 copy whatever the order', async () => {
  // Neither copy has last_updated or a fetch time, so the newer API version decides; the
  // 2.2.0 copy lacks time_in_space (null), the 2.3.0 one has P1D = 86,400 s.
  const newer = spacecraftRecord({ id: 5, time_in_space: 'P1D' });
  const older = {
    ...spacecraftRecord({ id: 5, url: 'https://ll.thespacedevs.com/2.2.0/spacecraft/5/' }),
  } as Record<string, unknown>;
  delete older.time_in_space;
  for (const records of [
    [newer, older],
    [older, newer],
  ]) {
    const { spacecraft } = await load({ json: records });
    expect(spacecraft.numRows()).toBe(1);
    expect(spacecraft.get('time_in_space_s', 0)).toBe(86_400);
    expect(spacecraft.get('api_version', 0)).toBe('2.3.0');
  }
});
