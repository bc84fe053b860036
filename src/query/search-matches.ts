/**
 * LL2's `search`, as Django REST framework's SearchFilter does it.
 */

/**
 * The terms of a search text: split at whitespace and commas, empty pieces dropped.
 *
 * @example
 * searchTerms(' crew,  dragon '); // ['crew', 'dragon']
 */
export function searchTerms(text: string): string[] {
  return text.split(/[\s,]+/).filter((term) => term !== '');
}

/**
 * True when every term is a case-insensitive substring of at least one of the fields (the
 * server's `icontains`: both sides upper-cased, no wildcards). No terms match everything.
 * Null rule: a null field matches no term.
 *
 * @example
 * searchMatches(['dragon', 'endeav'], ['Crew Dragon Endeavour', 'Crew Dragon 2']); // true
 * searchMatches(['soyuz'], ['Crew Dragon Endeavour', null]); // false
 */
export function searchMatches(
  terms: readonly string[],
  fields: readonly (string | null | undefined)[],
): boolean {
  const haystacks = fields.filter((f): f is string => f != null).map((f) => f.toUpperCase());
  return terms.every((term) => {
    const needle = term.toUpperCase();
    return haystacks.some((field) => field.includes(needle));
  });
}
