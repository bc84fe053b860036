import { describe, expect, test } from 'vitest';
import { leftOutNote } from '../../src/charts/left-out-note.js';
import { messages } from '../../src/messages.js';

describe('leftOutNote', () => {
  test('leftOutNote(rows, column, group, reason) counts and words the rows left out', () => {
    const rows = [{ x: 1 }, { x: null }, { x: null }];
    expect(leftOutNote(rows, 'x', 'configuration', 'without data')).toEqual({
      count: 2,
      subtitle: messages.chartRowsLeftOut(2, 'configuration', 'without data'),
    });
  });

  test('leftOutNote(rows, column, group, reason) has no subtitle when nothing is left out', () => {
    expect(leftOutNote([{ x: 1 }], 'x', 'decade', 'without data')).toEqual({
      count: 0,
      subtitle: null,
    });
  });

  test('messages.chartRowsLeftOut(count, group, reason) says one or many', () => {
    // The singular and plural forms the chart subtitles rely on.
    expect(messages.chartRowsLeftOut(1, 'configuration', 'without data')).toBe(
      '1 configuration without data left out',
    );
    expect(messages.chartRowsLeftOut(3, 'decade', 'without data')).toBe(
      '3 decades without data left out',
    );
  });
});
