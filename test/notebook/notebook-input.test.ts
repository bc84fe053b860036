import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { notebookInput } from '../../src/notebook/notebook-input.js';
import { SAMPLE } from '../support/sample.js';

describe('notebookInput', () => {
  test('notebookInput({ SPACEFLIGHT_STATS_DATA }) is that path, as given', () => {
    expect(notebookInput({ SPACEFLIGHT_STATS_DATA: '../shared/data/ll2' })).toBe(
      '../shared/data/ll2',
    );
  });

  test('notebookInput({}) and an empty variable give the bundled sample', () => {
    expect(path.resolve(notebookInput({}))).toBe(SAMPLE);
    expect(path.resolve(notebookInput({ SPACEFLIGHT_STATS_DATA: '' }))).toBe(SAMPLE);
  });
});
