/**
 * `spaceflight-stats query INPUT... [--search TEXT] [--ordering FIELD] ...`: LL2's
 * spacecraft query, answered from saved files.
 */
import { load, requireSomething } from '../load/load.js';
import { InputError, messages } from '../messages.js';
import { toCsv } from '../export/to-csv.js';
import { query } from '../query/query.js';
import type { QueryOptions } from '../query/query-options.js';
import { BUNDLED_SAMPLE } from './bundled-sample.js';
import type { CommandLine, QueryArgs } from './parse-args.js';
import { textTable } from './text-table.js';

/** The columns the table format shows; csv and json give every column. */
export const QUERY_TABLE_COLUMNS = [
  'id',
  'name',
  'status_name',
  'spacecraft_config_name',
  'in_space',
  'is_placeholder',
  'flights_count',
  'mission_ends_count',
  'time_in_space_s',
  'time_docked_s',
];

/**
 * Loads the inputs (the bundled sample when none), runs the query and prints the page: a
 * count line and a text table, CSV, or JSON `{ count, results }`. Skipped records are
 * listed on stderr so that CSV and JSON output stay clean.
 */
export async function queryCommand(
  args: CommandLine,
  print: (line: string) => void,
): Promise<void> {
  const options = queryOptions(args.query);
  const format = args.query.format ?? 'table';
  if (!['table', 'csv', 'json'].includes(format))
    throw new InputError(messages.queryFormat(format));
  const inputs = args.inputs.length > 0 ? args.inputs : [BUNDLED_SAMPLE];
  const loaded = await load(inputs, {
    strict: args.strict,
    recordsKey: args.recordsKey ?? undefined,
  });
  requireSomething(loaded, inputs);
  for (const skipped of loaded.report.skipped)
    process.stderr.write(`skipped: ${skipped.message}\n`);

  const { count, results } = query(loaded.spacecraft, options);
  if (format === 'csv') return print(toCsv(results).trimEnd());
  if (format === 'json')
    return print(JSON.stringify({ count, results: results.objects() }, null, 2));
  const first = (options.offset ?? 0) + 1;
  print(messages.queryMatches(count, first, first + results.numRows() - 1));
  if (results.numRows() > 0)
    for (const line of textTable(results, QUERY_TABLE_COLUMNS)) print(line);
}

/**
 * The command line's query options, checked and converted to {@link QueryOptions}: BOOL is
 * true, false, 1 or 0 in any case; ids, limit and offset are digits only. A bad value throws
 * an {@link InputError} from the message catalogue.
 *
 * @example
 * queryOptions({ inSpace: 'True', limit: '2' }); // { in_space: true, limit: 2, … undefined }
 */
export function queryOptions(args: QueryArgs): QueryOptions {
  return {
    search: args.search,
    ordering: args.ordering,
    name: args.name,
    in_space: flag('--in-space', args.inSpace),
    is_placeholder: flag('--is-placeholder', args.isPlaceholder),
    spacecraft_config: whole(args.spacecraftConfig, (v) =>
      messages.queryId('--spacecraft-config', v),
    ),
    status: whole(args.status, (v) => messages.queryId('--status', v)),
    limit: whole(args.limit, messages.queryLimit),
    offset: whole(args.offset, messages.queryOffset),
  };
}

// true/false/1/0 in any case, as LL2's boolean filters read them.
const FLAGS = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

function flag(option: string, text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const value = FLAGS.get(text.toLowerCase());
  if (value === undefined) throw new InputError(messages.queryBoolean(option, text));
  return value;
}

// Digits only: "-1", "2.5", "1e3" and "" are refused here, with the option's own message.
function whole(text: string | undefined, message: (value: string) => string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new InputError(message(text));
  }
  return Number(text);
}
