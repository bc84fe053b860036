/**
 * LL2's spacecraft endpoint, offline: filters, search, ordering and paging over a table.
 *
 * Steps: check the options; keep the rows every filter and the search accept; sort them;
 * cut the page.
 */
import { table, type ColumnTable } from 'arquero';
import { InputError, messages } from '../messages.js';
import { compareRows, parseOrdering } from './ordering.js';
import {
  DEFAULT_QUERY_LIMIT,
  MAX_QUERY_LIMIT,
  type QueryOptions,
  type QueryResult,
} from './query-options.js';
import { searchMatches, searchTerms } from './search-matches.js';

// Equality filters: option name and the spacecraft table's column.
const EQUALS = [
  ['in_space', 'in_space'],
  ['is_placeholder', 'is_placeholder'],
  ['name', 'name'],
  ['spacecraft_config', 'spacecraft_config_id'],
  ['status', 'status_id'],
] as const;

/**
 * Answers a query of `GET /2.3.0/spacecraft/` from a spacecraft table as the server would:
 *
 * - filters `in_space`, `is_placeholder`, `name` (exact and case-sensitive, like Django's
 *   default lookup: the schema offers no `name__contains` here), `spacecraft_config` and
 *   `status` (ids); a null cell matches no filter value;
 * - `search`: split into terms at spaces and commas; a row matches when every term is a
 *   case-insensitive substring of its `name` or `spacecraft_config_name`;
 * - `ordering` ({@link parseOrdering}): nulls last ascending and first descending, as
 *   PostgreSQL puts them; ties by id ascending; default by id;
 * - `limit` (default 10, at most 100: larger is cut to 100 as the server does) and `offset`.
 *
 * `count` is every match before paging. An empty `search` or `name` does not filter. A bad
 * `ordering`, `limit`, `offset` or id throws an {@link InputError}.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const { spacecraft } = await load(sample);
 * query(spacecraft, { ordering: '-time_in_space', limit: 2 }).results.array('name');
 * // ['Voskhod-3KV No.5', 'Soyuz 7K-L1 No.2'] (21.7 and 7.5 days in space)
 */
export function query(spacecraft: ColumnTable, options: QueryOptions = {}): QueryResult {
  checkOptionTypes(options);
  const { limit, offset } = checkPaging(options);
  const keys = parseOrdering(options.ordering);

  // Filter, then sort the matching row indexes.
  const matches = matchingRows(spacecraft, options);
  const columns = new Map(keys.map((k) => [k.column, spacecraft.array(k.column) as unknown[]]));
  matches.sort(compareRows(keys, columns, spacecraft.array('id') as unknown[]));

  // Cut the page and copy those rows, every column, into a new table.
  const page = matches.slice(offset, offset + limit);
  const data = spacecraft.columnNames().map((name) => {
    const values = spacecraft.array(name) as unknown[];
    return [name, page.map((row) => values[row])] as const;
  });
  return { count: matches.length, results: table(Object.fromEntries(data)) };
}

function matchingRows(spacecraft: ColumnTable, options: QueryOptions): number[] {
  const tests = EQUALS.filter(([option]) => options[option] != null && options[option] !== '').map(
    ([option, column]) => {
      const values = spacecraft.array(column) as unknown[];
      return (row: number) => values[row] === options[option];
    },
  );
  const terms = searchTerms(options.search ?? '');
  if (terms.length > 0) {
    const names = spacecraft.array('name') as (string | null)[];
    const configs = spacecraft.array('spacecraft_config_name') as (string | null)[];
    tests.push((row) => searchMatches(terms, [names[row], configs[row]]));
  }
  const rows = Array.from({ length: spacecraft.numRows() }, (_, i) => i);
  return rows.filter((row) => tests.every((accepts) => accepts(row)));
}

// Options come from callers who may not use TypeScript: a wrong type is an error, not a
// query that silently matches nothing.
function checkOptionTypes(options: QueryOptions): void {
  const given = options as Record<string, unknown>;
  for (const name of ['search', 'ordering', 'name'] as const) {
    if (given[name] != null && typeof given[name] !== 'string') {
      throw new InputError(messages.queryText(name, given[name]));
    }
  }
  for (const name of ['in_space', 'is_placeholder'] as const) {
    if (given[name] != null && typeof given[name] !== 'boolean') {
      throw new InputError(messages.queryBoolean(name, given[name]));
    }
  }
  for (const name of ['spacecraft_config', 'status'] as const) {
    if (given[name] != null && !Number.isSafeInteger(given[name])) {
      throw new InputError(messages.queryId(name, given[name]));
    }
  }
}

// The page size and start, checked; ids are checked here too since they share the rule.
function checkPaging(options: QueryOptions): { limit: number; offset: number } {
  const limit = options.limit ?? DEFAULT_QUERY_LIMIT;
  const offset = options.offset ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new InputError(messages.queryLimit(limit));
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new InputError(messages.queryOffset(offset));
  }
  for (const name of ['spacecraft_config', 'status'] as const) {
    const id = options[name];
    if (id != null && !Number.isSafeInteger(id)) throw new InputError(messages.queryId(name, id));
  }
  return { limit: Math.min(limit, MAX_QUERY_LIMIT), offset };
}
