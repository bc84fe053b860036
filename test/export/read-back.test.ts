// Every format the report writes, read back with an independent reader (Arquero's own
// CSV, JSON and Arrow readers), gives the values that were written. The table is
// hand-made with the awkward cases: nulls, negative and fractional numbers, large
// integers, dates, text with commas, quotes, line breaks and formula starts.
import { fromArrow, fromCSV, fromJSON, table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { toArrow } from '../../src/export/to-arrow.js';
import { toCsv } from '../../src/export/to-csv.js';
import { toJson } from '../../src/export/to-json.js';

const DATES = [new Date('1961-04-12T06:07:00Z'), null, new Date('2025-08-01T15:43:42Z')];
const written = () =>
  table({
    group_name: ['Soyuz, "MS"', '=HYPERLINK("x")', 'two\nlines'],
    flights: [3, null, -1],
    // 2139 d 2 h 45 m 34 s = 184,819,534 s; 7,000,000,000 is past a 32-bit integer.
    time_in_space_total_s: [184_819_534, 7_000_000_000, null],
    reuse_rate: [1 / 3, 0.5, null],
    first_flight: DATES,
    none: [null, null, null],
  });

// The values as they were written, one object per row.
const expected = () => written().objects();

describe('reading the exports back', () => {
  test('toArrow(table) reads back with fromArrow to the same values, dates as dates', () => {
    expect(fromArrow(toArrow(written())).objects()).toEqual(expected());
  });

  test('toJson(table) reads back with fromJSON, dates parsed from their ISO text', () => {
    const back = fromJSON(toJson(written()), { parse: { first_flight: parseDate } });
    expect(back.objects()).toEqual(expected());
  });

  test('toCsv(table) reads back with fromCSV, formula starts carrying their guard', () => {
    const back = fromCSV(toCsv(written()), {
      parse: { first_flight: parseDate, group_name: String },
    });
    // The one difference: '=HYPERLINK("x")' comes back with the leading ' written to keep a
    // spreadsheet from running it. Numbers stay numbers; an empty field is null.
    const rows = expected().map((row) => ({ ...row }) as Record<string, unknown>);
    rows[1]!.group_name = `'=HYPERLINK("x")`;
    expect(back.objects()).toEqual(rows);
  });

  test('toCsv(table) writes negative numbers as numbers, without the guard', () => {
    expect(toCsv(table({ n: [-1, -0.5] }))).toBe('n\n-1\n-0.5\n');
  });
});

function parseDate(text: string): Date | null {
  return text === '' || text == null ? null : new Date(text);
}
