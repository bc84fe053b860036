import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { chartRows } from '../../src/charts/chart-rows.js';

describe('chartRows', () => {
  test('chartRows(rows, columns) keeps the named columns and fills missing ones with null', () => {
    const rows = [{ group_name: 'Soyuz', flights: 3, extra: true }, { group_name: 'Vostok' }];
    expect(chartRows(rows, ['group_name', 'flights'])).toEqual([
      { group_name: 'Soyuz', flights: 3 },
      { group_name: 'Vostok', flights: null },
    ]);
  });

  test('chartRows(rows, columns) returns new row objects', () => {
    const rows = [{ flights: 3 }];
    const copy = chartRows(rows, ['flights']);
    expect(copy[0]).not.toBe(rows[0]);
    expect(copy).not.toBe(rows);
  });

  test('chartRows(table, columns) reads an Arquero table row by row', () => {
    const table = aq.table({ decade: [1960, 1970], flights: [12, null] });
    expect(chartRows(table, ['flights', 'decade'])).toEqual([
      { flights: 12, decade: 1960 },
      { flights: null, decade: 1970 },
    ]);
  });

  test('chartRows([], columns) is empty', () => {
    expect(chartRows([], ['flights'])).toEqual([]);
  });
});
