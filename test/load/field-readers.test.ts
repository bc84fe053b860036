// The field readers one by one, with values written by hand, and the date readers again in
// child processes under time zones far from UTC: a date must be the same instant anywhere.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  count,
  dateTime,
  day,
  joined,
  names,
  objectName,
  requiredObject,
  uuid,
} from '../../src/load/field-readers.js';
import { InputError, messages } from '../../src/messages.js';
import { root } from '../support/real-data.js';

const place = { file: 'f.json', recordId: 1, field: 'x' };

describe('field readers', () => {
  test('day("1978-02-27") is 00:00 UTC of that day; a day that does not exist is refused', () => {
    expect((day('1978-02-27', place) as Date).toISOString()).toBe('1978-02-27T00:00:00.000Z');
    expect(() => day('1978-02-30', place)).toThrow(messages.badDay(place, '1978-02-30'));
    expect(() => day('1978-02-27T00:00:00Z', place)).toThrow(InputError);
    expect(day(null, place)).toBeNull();
  });

  test('dateTime(with an offset) is the same UTC instant', () => {
    // 2025-08-22T05:50:00+02:00 is 03:50 UTC
    const date = dateTime('2025-08-22T05:50:00+02:00', place) as Date;
    expect(date.toISOString()).toBe('2025-08-22T03:50:00.000Z');
    expect(() => dateTime('2025-08-22T05:50:00', place)).toThrow(InputError); // no zone
  });

  test('joined(nationality_name) joins names with ", " and gives null for an empty list', () => {
    const read = joined('nationality_name');
    const two = [{ nationality_name: 'French' }, { nationality_name: 'Italian' }];
    expect(read(two, place)).toBe('French, Italian');
    expect(read([], place)).toBeNull();
    expect(names([{ name: 'Dragon' }], place)).toBe('Dragon');
  });

  test('objectName, uuid, count and requiredObject refuse the wrong type, naming it', () => {
    expect(objectName({ id: 1, name: 'Government' }, place)).toBe('Government');
    expect(() => objectName('Government', place)).toThrow(
      messages.fieldType(place, 'an object with a name', 'Government'),
    );
    expect(uuid('594ae0c5-2039-4a1a-a6be-7b0940b2ed2c', place)).toBe(
      '594ae0c5-2039-4a1a-a6be-7b0940b2ed2c',
    );
    expect(() => uuid('594ae0c5', place)).toThrow(messages.fieldType(place, 'a UUID', '594ae0c5'));
    expect(() => count(-1, place)).toThrow(
      messages.fieldType(place, 'a whole number of 0 or more', -1),
    );
    expect(requiredObject({}, place)).toBeNull();
    expect(() => requiredObject(null, place)).toThrow(InputError);
  });
});

const run = promisify(execFile);
const DIST = path.join(root, 'dist/index.js');
const FIXTURE = path.join(root, 'test/fixtures/malformed/bom.ndjson');

// Loads the fixture astronaut with the built kit in a child process under `zone`.
async function datesIn(zone: string): Promise<string[]> {
  const script =
    `const { load } = await import(${JSON.stringify(DIST)});` +
    `const row = (await load(${JSON.stringify(FIXTURE)})).astronauts.object(0);` +
    'console.log(JSON.stringify([row.date_of_birth, row.first_flight]));';
  const env = { ...process.env, TZ: zone };
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env });
  return JSON.parse(stdout) as string[];
}

describe.skipIf(!existsSync(DIST))('load(dates) in other time zones (built kit)', () => {
  test.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'load(astronaut) in TZ=%s gives the UTC dates of the file',
    async (zone) => {
      // date_of_birth "1978-02-27", first_flight "2016-11-17T20:20:13Z" in the fixture
      expect(await datesIn(zone)).toEqual(['1978-02-27T00:00:00.000Z', '2016-11-17T20:20:13.000Z']);
    },
  );
});
