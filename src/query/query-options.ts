/**
 * The options and result of the offline spacecraft query, and LL2's paging limits.
 */
import type { ColumnTable } from 'arquero';

/**
 * The query parameters of LL2's `GET /2.3.0/spacecraft/`, by their API names. An option
 * left out (or an empty `search` or `name`) does not filter, as on the server.
 */
export interface QueryOptions {
  /** Terms (split at spaces and commas) each found in `name` or the configuration's name. */
  search?: string;
  /** `flights_count`, `id`, `mission_ends_count`, `time_docked` or `time_in_space`; a leading
   * `-` for descending; several separated by commas. Default `id`. */
  ordering?: string;
  in_space?: boolean;
  is_placeholder?: boolean;
  /** Exact, case-sensitive match of the whole name (LL2 documents no `name__contains` here). */
  name?: string;
  /** A spacecraft configuration id. */
  spacecraft_config?: number;
  /** A spacecraft status id. */
  status?: number;
  /** Rows to return: default 10, at most 100, as on LL2. */
  limit?: number;
  /** Matching rows to skip first. Default 0. */
  offset?: number;
}

/** What {@link query} gives: like LL2's page, `count` is all matches before paging. */
export interface QueryResult {
  count: number;
  results: ColumnTable;
}

/** LL2's default page size (its `next` links carry `limit=10`). */
export const DEFAULT_QUERY_LIMIT = 10;

/** LL2's largest page: a larger `limit` is cut to this, as the server does. */
export const MAX_QUERY_LIMIT = 100;

/** The ordering fields the spacecraft endpoint documents, and the table column of each. */
export const ORDERING_COLUMNS = {
  flights_count: 'flights_count',
  id: 'id',
  mission_ends_count: 'mission_ends_count',
  time_docked: 'time_docked_s',
  time_in_space: 'time_in_space_s',
} as const;

/** An ordering field of the spacecraft endpoint. */
export type OrderingField = keyof typeof ORDERING_COLUMNS;
