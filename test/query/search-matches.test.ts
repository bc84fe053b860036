// searchTerms() and searchMatches(): LL2's search split and match, by hand.
import { expect, test } from 'vitest';
import { searchMatches, searchTerms } from '../../src/query/search-matches.js';

test('searchTerms(text) splits at runs of spaces and commas and drops empty terms', () => {
  expect(searchTerms(' crew,  dragon ,,2 ')).toEqual(['crew', 'dragon', '2']);
  expect(searchTerms('')).toEqual([]);
  expect(searchTerms('\tEndeavour\n')).toEqual(['Endeavour']);
});

test('searchMatches(terms, fields) wants every term in some field, in any case', () => {
  const fields = ['Crew Dragon Endeavour', 'Crew Dragon 2'];
  expect(searchMatches(['endeav', 'DRAGON'], fields)).toBe(true);
  // '2' is only in the configuration's name; still a match
  expect(searchMatches(['endeavour', '2'], fields)).toBe(true);
  expect(searchMatches(['endeavour', 'freedom'], fields)).toBe(false);
  expect(searchMatches(['soyuz'], ['Soyuz MS-28', null])).toBe(true);
  expect(searchMatches(['x'], [null, null])).toBe(false);
  expect(searchMatches([], [null])).toBe(true);
  // No wildcards: % and _ are plain characters
  expect(searchMatches(['%'], ['Ship 37'])).toBe(false);
});
