/**
 * Parses the command line: a command, its options and its inputs.
 */
import { parseArgs } from 'node:util';
import { isApiVersion, type ApiVersion } from '../ll2/record-kind.js';
import { InputError, messages } from '../messages.js';

/** The query command's options, as typed (checked by the query command). */
export interface QueryArgs {
  search?: string;
  ordering?: string;
  inSpace?: string;
  isPlaceholder?: string;
  name?: string;
  spacecraftConfig?: string;
  status?: string;
  limit?: string;
  offset?: string;
  format?: string;
}

/** The options only `fetch` reads (null or empty when not given). */
export interface FetchCommandLine {
  mode: string | null;
  baseUrl: string | null;
  apiVersion: string | null;
  token: string | null;
  useCache: boolean;
  ordering: string | null;
  filters: string[];
  timeout: string | null;
}

/** The parsed command line. */
export interface CommandLine {
  command: string | null;
  inputs: string[];
  out: string | null;
  recordsKey: string | null;
  /** `--api-version` for reading input: 2.2.0 or 2.3.0 (fetch takes any, in `fetch`). */
  apiVersion: ApiVersion | null;
  strict: boolean;
  help: boolean;
  version: boolean;
  query: QueryArgs;
  fetch: FetchCommandLine;
}

// The query command's options: command-line name and QueryArgs key.
const QUERY_OPTIONS = {
  search: 'search',
  ordering: 'ordering',
  'in-space': 'inSpace',
  'is-placeholder': 'isPlaceholder',
  name: 'name',
  'spacecraft-config': 'spacecraftConfig',
  status: 'status',
  limit: 'limit',
  offset: 'offset',
  format: 'format',
} as const satisfies Record<string, keyof QueryArgs>;

// Options only fetch takes (it shares --ordering with query, and --out with report).
const FETCH_ONLY = ['mode', 'base-url', 'token', 'use-cache', 'filter', 'timeout'] as const;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  'records-key': { type: 'string' },
  'api-version': { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  ...Object.fromEntries(Object.keys(QUERY_OPTIONS).map((name) => [name, { type: 'string' }])),
  mode: { type: 'string' },
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'use-cache': { type: 'boolean' },
  filter: { type: 'string', multiple: true },
  timeout: { type: 'string' },
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

/** Parses `argv` (without node and the script); unknown options are an error. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: joinDashValues(argv), allowPositionals: true, options: OPTIONS });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(explain(error as Error & { code?: string }));
  }
  const values = parsed.values as Values;
  const [command = null, ...inputs] = parsed.positionals;
  if (values.out === '') throw new InputError(messages.missingOptionValue('--out'));
  return {
    command,
    inputs,
    out: (values.out as string | undefined) ?? null,
    recordsKey: (values['records-key'] as string | undefined) ?? null,
    apiVersion: command === 'fetch' ? null : apiVersion(values['api-version'] as string),
    strict: values.strict === true,
    help: values.help === true,
    version: values.version === true,
    query: queryArgs(values, command),
    fetch: fetchArgs(values, command),
  };
}

// The query options given, refused for any other command (fetch takes --ordering too).
function queryArgs(values: Values, command: string | null): QueryArgs {
  const args: QueryArgs = {};
  for (const [option, key] of Object.entries(QUERY_OPTIONS)) {
    const value = values[option];
    if (value === undefined || (command === 'fetch' && option === 'ordering')) continue;
    if (command !== 'query') {
      throw new InputError(messages.optionNotForCommand(`--${option}`, command));
    }
    args[key] = value as string;
  }
  return args;
}

// The fetch options given, refused for any other command.
function fetchArgs(values: Values, command: string | null): FetchCommandLine {
  const given = FETCH_ONLY.find((option) => values[option] !== undefined);
  if (given && command !== 'fetch') {
    throw new InputError(messages.optionNotForCommand(`--${given}`, command));
  }
  const text = (name: string) => (values[name] as string | undefined) ?? null;
  return {
    mode: text('mode'),
    baseUrl: text('base-url'),
    apiVersion: command === 'fetch' ? text('api-version') : null,
    token: text('token'),
    useCache: values['use-cache'] === true,
    ordering: command === 'fetch' ? text('ordering') : null,
    filters: (values.filter as string[] | undefined) ?? [],
    timeout: text('timeout'),
  };
}

// `--ordering -flights_count` and `--limit -1` as `--ordering=-flights_count`: a value that
// starts with "-" would otherwise be refused as ambiguous. A known option stays an option.
function joinDashValues(argv: readonly string[]): string[] {
  const known = new Set(Object.keys(OPTIONS).map((name) => `--${name}`));
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const takesValue = arg.startsWith('--') && Object.hasOwn(QUERY_OPTIONS, arg.slice(2));
    if (takesValue && next !== undefined && next.startsWith('-') && !isOption(next, known)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  return args;
}

function isOption(arg: string, known: ReadonlySet<string>): boolean {
  return known.has(arg.split('=')[0] as string) || /^-[a-zA-Z]$/.test(arg);
}

function apiVersion(value: string | undefined): ApiVersion | null {
  if (value === undefined) return null;
  if (!isApiVersion(value)) throw new InputError(messages.badApiVersion(value));
  return value;
}

// Node's own parse errors, reworded through the message catalogue.
function explain(error: Error & { code?: string }): string {
  const option = /'(-[^'\s]*)/.exec(error.message)?.[1] ?? error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return messages.missingOptionValue(option);
  return error.message;
}
