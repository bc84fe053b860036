// toCsv() and toJson(): values written by hand, read back by hand.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { toCsv } from '../../src/export/to-csv.js';
import { toJson } from '../../src/export/to-json.js';

test('toCsv(table) guards text that a spreadsheet would run as a formula', () => {
  const data = table({ name: ['=SUM(A1)', '+1', '-x', '@cmd', 'plain'], n: [-1, 2, 3, 4, null] });
  expect(toCsv(data)).toBe("name,n\n'=SUM(A1),-1\n'+1,2\n'-x,3\n'@cmd,4\nplain,\n");
});

test('toCsv(table) quotes commas, quotes and line breaks, and writes dates in UTC', () => {
  const data = table({ a: ['x,y', 'say "hi"', 'two\nlines'], d: [new Date(0), null, null] });
  expect(toCsv(data)).toBe('a,d\n"x,y",1970-01-01T00:00:00.000Z\n"say ""hi""",\n"two\nlines",\n');
});

test('toJson(table) keeps null as null', () => {
  expect(JSON.parse(toJson(table({ id: [1, 2], t: [null, 3.5] })))).toEqual([
    { id: 1, t: null },
    { id: 2, t: 3.5 },
  ]);
});

test('toCsv(table) also guards a leading tab or carriage return', () => {
  const data = table({ name: ['\t=1+1', '\r=1+1'] });
  expect(toCsv(data)).toBe('name\n\'\t=1+1\n"\'\r=1+1"\n');
});
