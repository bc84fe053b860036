// query() on the hand-made spacecraft of test/stats/fixtures.ts (ids 1-6) and on the real
// flights file. Expected orders are worked out by hand from the fixture's columns.
import { table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { InputError, messages } from '../../src/messages.js';
import { query } from '../../src/query/query.js';
import { ORDERING_COLUMNS, type QueryOptions } from '../../src/query/query-options.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { spacecraftTable } from '../stats/fixtures.js';
import { SAMPLE } from '../support/sample.js';

const ids = (options: Parameters<typeof query>[1]) =>
  query(spacecraftTable(), options).results.array('id');

describe('query(hand-made spacecraft)', () => {
  test('query(table, { search }) needs every term in the name or the configuration name', () => {
    // 'alpha': Alpha 1, Alpha 2 and the placeholder Alpha (all of configuration Alpha)
    expect(ids({ search: 'alpha' })).toEqual([1, 2, 4]);
    // 'alpha' and '2': only Alpha 2 has a 2
    expect(ids({ search: 'alpha,2' })).toEqual([2]);
    // 'gamma' (configuration of 5 and 6) and 'delta' (name of 6), any case
    expect(ids({ search: 'GAMMA delta' })).toEqual([6]);
    // Spaces and commas only: no terms, no filter
    expect(query(spacecraftTable(), { search: ' , ' }).count).toBe(6);
  });

  test('query(table, filters) matches in_space, is_placeholder, ids and the exact name', () => {
    expect(ids({ in_space: true })).toEqual([2]);
    expect(ids({ is_placeholder: true })).toEqual([4]);
    expect(ids({ is_placeholder: false, status: 1 })).toEqual([1, 2, 6]);
    expect(ids({ spacecraft_config: 12 })).toEqual([5, 6]);
    expect(ids({ status: 2 })).toEqual([3, 5]);
    // name is LL2's exact lookup: 'Alpha' is not 'Alpha 1', and case counts
    expect(ids({ name: 'Alpha' })).toEqual([4]);
    expect(ids({ name: 'alpha' })).toEqual([]);
    expect(ids({ name: '' })).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('query(table, { ordering }) puts nulls last ascending and first descending', () => {
    // time_in_space: 1 1000, 2 3000, 3 null, 4 0, 5 500, 6 0; ties (4, 6) by id
    expect(ids({ ordering: 'time_in_space' })).toEqual([4, 6, 5, 1, 2, 3]);
    expect(ids({ ordering: '-time_in_space' })).toEqual([3, 2, 1, 5, 4, 6]);
    // flights_count: 1 3, 2 1, 3 null, 4 0, 5 2, 6 1; the tie 2/6 by -time_in_space
    expect(ids({ ordering: 'flights_count,-time_in_space' })).toEqual([4, 2, 6, 5, 1, 3]);
    // time_docked: 1 400, 2 null, 3 null, 4 0, 5 100, 6 0
    expect(ids({ ordering: '-time_docked' })).toEqual([2, 3, 1, 5, 4, 6]);
    expect(ids({ ordering: '-id' })).toEqual([6, 5, 4, 3, 2, 1]);
    expect(ids({})).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('query(table, { limit, offset }) pages after counting every match', () => {
    const result = query(spacecraftTable(), { limit: 2, offset: 1 });
    expect(result.count).toBe(6);
    expect(result.results.array('id')).toEqual([2, 3]);
    expect(query(spacecraftTable(), { offset: 6 }).results.numRows()).toBe(0);
    expect(query(spacecraftTable(), { offset: 6 }).count).toBe(6);
  });

  test('query(table) gives 10 rows by default and at most 100, as LL2 does', () => {
    const many = table({ id: Array.from({ length: 120 }, (_, i) => i + 1) });
    expect(query(many).results.numRows()).toBe(10);
    expect(query(many, { limit: 150 }).results.numRows()).toBe(100);
    expect(query(many, { limit: 150 }).count).toBe(120);
  });

  test('query(table) keeps every column and leaves the input as it was', () => {
    const input = spacecraftTable();
    const { results } = query(input, { ordering: '-id', limit: 1 });
    expect(results.columnNames()).toEqual(input.columnNames());
    expect(results.object()).toMatchObject({ id: 6, name: 'Delta', time_in_space_s: 0 });
    expect(input.array('id')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('query(table, bad options) throws InputErrors from the catalogue', () => {
    const sc = spacecraftTable();
    const fields = Object.keys(ORDERING_COLUMNS);
    expect(() => query(sc, { limit: 0 })).toThrow(messages.queryLimit(0));
    expect(() => query(sc, { limit: -1 })).toThrow(messages.queryLimit(-1));
    expect(() => query(sc, { limit: 1.5 })).toThrow(messages.queryLimit(1.5));
    expect(() => query(sc, { offset: -1 })).toThrow(messages.queryOffset(-1));
    expect(() => query(sc, { status: 1.5 })).toThrow(messages.queryId('status', 1.5));
    expect(() => query(sc, { ordering: 'name' })).toThrow(messages.queryOrdering('name', fields));
    expect(() => query(sc, { ordering: '-id,-' })).toThrow(messages.queryOrdering('-', fields));
    expect(() => query(sc, { limit: 0 })).toThrow(InputError);
  });
});

describe.skipIf(!hasRealData)('query(real flights file)', () => {
  const FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

  test("query(spacecraft, { search: 'Endeavour' }) finds Crew Dragon Endeavour", async () => {
    const { spacecraft } = await load(realFile(FILE));
    const result = query(spacecraft, { search: 'Endeavour' });
    expect(result.count).toBe(1);
    expect(result.results.object()).toMatchObject({ id: 289, name: 'Crew Dragon Endeavour' });
  });

  test('query(spacecraft, { is_placeholder: true }) finds the two placeholders', async () => {
    const { spacecraft } = await load(realFile(FILE));
    const result = query(spacecraft, { is_placeholder: true });
    // "Crew Dragon" (452) and "Cargo Dragon" (569) carry "is_placeholder": true
    expect(result.count).toBe(2);
    expect(result.results.array('name')).toEqual(['Crew Dragon', 'Cargo Dragon']);
  });

  test("query(spacecraft, { ordering: '-flights_count', limit: 2 }) gives the two most flown", async () => {
    const { spacecraft } = await load(realFile(FILE));
    const result = query(spacecraft, { ordering: '-flights_count', limit: 2 });
    // flights_count 16 (RSS First Step) and 12 (RSS H.G. Wells); the next is 6
    expect(result.count).toBe(35);
    expect(result.results.array('name')).toEqual(['RSS First Step', 'RSS H.G. Wells']);
    expect(result.results.array('flights_count')).toEqual([16, 12]);
  });

  test("query(spacecraft, { search: 'dragon crew', in_space: true }) combines search and filter", async () => {
    const { spacecraft } = await load(realFile(FILE));
    // Of Endeavour, Freedom and the placeholder Crew Dragon, only Freedom is in space.
    expect(query(spacecraft, { search: 'dragon crew' }).count).toBe(3);
    const result = query(spacecraft, { search: 'dragon crew', in_space: true });
    expect(result.results.array('name')).toEqual(['Crew Dragon Freedom']);
  });
});

describe('query(table, options of the wrong type)', () => {
  test('query(table, { search: 42 }) and other mistyped options are errors, not empty results', async () => {
    const { spacecraft } = await load(SAMPLE);
    const bad = (options: Record<string, unknown>) => () =>
      query(spacecraft, options as QueryOptions);
    expect(bad({ search: 42 })).toThrow(messages.queryText('search', 42));
    expect(bad({ in_space: 'maybe' })).toThrow(messages.queryBoolean('in_space', 'maybe'));
    expect(bad({ status: '4' })).toThrow(messages.queryId('status', '4'));
  });
});
